using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Weather;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>EMG-01: a return or redirect request is recorded by whoever is signed in; nobody types their own staff id.</summary>
public sealed class WeatherRequestFormTests : ConsoleComponentTest
{
    private readonly FakeWeatherRequestRecorder _weather = new();

    public WeatherRequestFormTests() => Services.AddSingleton<IWeatherRequestRecorder>(_weather);

    public static TheoryData<string, string?, bool, string> SignedIn => new()
    {
        { "agent", "A001", true, "王芳" },
        { "supervisor", null, false, "周主管" }, // a supervisor once got a staff-id field here
    };

    [Theory]
    [Trait("Rule", "EMG-01")]
    [MemberData(nameof(SignedIn))]
    public void EMG_01_the_signed_in_user_records_the_request_named_on_the_form_with_no_staff_id_to_type(
        string login, string? agentCode, bool onlyAgent, string displayName)
    {
        var actor = new Actor(login, agentCode, onlyAgent);
        var cut = Render<WeatherRequestForm>(p => p.Add(f => f.Actor, actor));

        Assert.Empty(cut.FindAll("[data-field=recordedBy]"));
        Assert.DoesNotContain("工号", cut.Markup, StringComparison.Ordinal);
        Assert.Equal($"登记人:{displayName}", cut.Find("[data-testid=recorded-by]").TextContent.Trim());

        cut.Find("[data-field=customerName] input").Change("吴先生");
        cut.Find("[data-field=customerPhone] input").Change("13500135000");
        cut.Find("[data-field=waybillNo] input").Change("YD4312345670201");
        cut.Find("[data-testid=record-request]").Click();

        var (request, sentAs) = Assert.Single(_weather.Recorded);
        Assert.Same(actor, sentAs);
        Assert.Null(request.RecordedBy);
        Assert.Equal(("吴先生", "13500135000", "YD4312345670201", "return"), (request.CustomerName, request.CustomerPhone, request.WaybillNo, request.Kind));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public void EMG_01_the_recorder_reads_in_english_too()
    {
        UseEnglish();

        var cut = Render<WeatherRequestForm>(p => p.Add(f => f.Actor, new Actor("agent", "A001", true)));

        Assert.Equal("Recorded by 王芳", cut.Find("[data-testid=recorded-by]").TextContent.Trim());
    }
}
