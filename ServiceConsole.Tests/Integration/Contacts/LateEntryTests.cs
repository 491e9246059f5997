using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Contacts;

/// <summary>
/// INF-03: records are entered within 30 minutes after the service ends; later ones are flagged <c>lateEntry</c>. A
/// contact's service ends at the close's <c>at</c>; a complaint's at its <c>receivedAt</c>.
/// </summary>
public sealed class LateEntryTests(LateEntryTests.Factory factory) : IClassFixture<LateEntryTests.Factory>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = new FakeTimeProvider(Now);
    }

    private async Task<JsonElement> CloseContactAsync(string externalId, int minutesAgo)
    {
        var created = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "王女士", customerPhone = "13800138000", arrivedAt = Now.AddHours(-2),
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var closed = await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = Now.AddMinutes(-minutesAgo), resolved = true });
        closed.EnsureSuccessStatusCode();
        return await closed.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> RegisterComplaintAsync(string externalId, int minutesAgo)
    {
        var created = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId, channel = "phone", customerName = "李先生", customerPhone = "13900139000", waybillNo = "YD4312345678901",
            outletCode = "HZ-XH-01", category = "delay", delayDays = 1, shippingFee = 12.0, demand = "尽快处理",
            receivedAt = Now.AddMinutes(-minutesAgo),
        });
        created.EnsureSuccessStatusCode();
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [Trait("Rule", "INF-03")]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public async Task A_contact_closed_more_than_thirty_minutes_before_it_is_recorded_is_a_late_entry(int minutesAgo, bool late)
    {
        var closed = await CloseContactAsync($"late-contact-{minutesAgo}", minutesAgo);
        var read = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{closed.GetProperty("id").GetGuid()}");

        Assert.Equal(late, closed.GetProperty("lateEntry").GetBoolean());
        Assert.Equal(late, read.GetProperty("lateEntry").GetBoolean());
    }

    [Theory]
    [Trait("Rule", "INF-03")]
    [InlineData(29, false)]
    [InlineData(31, true)]
    public async Task A_complaint_registered_more_than_thirty_minutes_after_it_was_received_is_a_late_entry(int minutesAgo, bool late)
    {
        var created = await RegisterComplaintAsync($"late-complaint-{minutesAgo}", minutesAgo);
        var read = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(late, created.GetProperty("lateEntry").GetBoolean());
        Assert.Equal(late, read.GetProperty("lateEntry").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "INF-03")]
    public async Task An_open_contact_is_not_late()
    {
        var created = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "late-open-1", channel = "online", customerName = "王女士", customerPhone = "13800138000", arrivedAt = Now.AddHours(-2),
        });

        Assert.False((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lateEntry").GetBoolean());
    }
}
