using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class WeatherRequestTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();

    private WeatherRequest Record(
        WeatherRequestKind kind = WeatherRequestKind.Redirect,
        string? newAddress = "杭州市西湖区文三路 90 号",
        string phone = "13800138000",
        bool isDrill = false) =>
        WeatherRequest.Record(
            Guid.NewGuid(), "王女士", phone, "YD4312345678901", kind, newAddress, "客户下周出差", "A001", _clock.GetUtcNow(), isDrill);

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_a_redirect_is_recorded_with_the_new_address_and_who_took_it()
    {
        var request = Record();

        Assert.Equal((WeatherRequestKind.Redirect, "杭州市西湖区文三路 90 号"), (request.Kind, request.NewAddress));
        Assert.Equal(("王女士", "13800138000", "YD4312345678901"), (request.CustomerName, request.CustomerPhone, request.WaybillNo));
        Assert.Equal(("A001", _clock.GetUtcNow()), (request.RecordedBy, request.RecordedAt));
        Assert.False(request.IsDone);
        Assert.False(request.IsDrill);
    }

    [Theory]
    [Trait("Rule", "EMG-01")]
    [InlineData(null)]
    [InlineData("  ")]
    public void EMG_01_a_redirect_without_a_new_address_is_refused(string? address) =>
        Assert.Equal("newAddress", Assert.Throws<ArgumentException>(() => Record(newAddress: address)).ParamName);

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_a_return_goes_back_to_the_sender_so_no_address_is_kept() =>
        Assert.Null(Record(WeatherRequestKind.Return, newAddress: "随便写的地址").NewAddress);

    [Fact]
    public void A_phone_read_out_with_spaces_or_dashes_is_kept_as_digits() =>
        Assert.Equal("13800138000", Record(phone: "138 0013-8000").CustomerPhone);

    [Fact]
    public void A_phone_nobody_can_call_back_is_refused() =>
        Assert.Equal("customerPhone", Assert.Throws<ArgumentException>(() => Record(phone: "12345")).ParamName);

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void EMG_05_a_drill_request_must_name_a_generated_customer()
    {
        var drillPhone = DrillCustomerGenerator.Generate(7, 1)[0].Phone;

        Assert.True(Record(phone: drillPhone, isDrill: true).IsDrill);
        Assert.Equal("customerPhone", Assert.Throws<ArgumentException>(() => Record(phone: "13800138000", isDrill: true)).ParamName);
        Assert.Equal("customerPhone", Assert.Throws<ArgumentException>(() => Record(phone: drillPhone, isDrill: false)).ParamName);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_a_request_is_handled_once()
    {
        var request = Record();
        _clock.Advance(TimeSpan.FromHours(2));

        request.Complete("A002", _clock.GetUtcNow());

        Assert.Equal(("A002", (DateTimeOffset?)_clock.GetUtcNow()), (request.DoneBy, request.DoneAt));
        Assert.Throws<InvalidTransitionException>(() => request.Complete("A002", _clock.GetUtcNow()));
    }

    [Fact]
    public void A_request_cannot_be_handled_before_it_was_recorded()
    {
        var request = Record();

        Assert.Throws<ArgumentOutOfRangeException>(() => request.Complete("A002", _clock.GetUtcNow().AddSeconds(-1)));
        request.Complete("A002", _clock.GetUtcNow());
        Assert.True(request.IsDone);
    }
}
