using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Points;

/// <summary>
/// The demo centre (its logins and 42 agents, no traffic) on a fake clock: Thursday 3 December 2026, 10:00 in the
/// centre, so November is over and December under way.
/// </summary>
public sealed class PointsFactory : ConsoleAppFactory
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 2, 0, 0, TimeSpan.Zero);

    public PointsFactory()
    {
        Settings["ServiceConsole:Demo:Enabled"] = "true";
        Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        Time = Clock;
    }

    public FakeTimeProvider Clock { get; } = new(Start);
}

/// <summary>The API steps the points tests take: complaints registered and verified, contacts served and rated.</summary>
internal static class PointsSteps
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<string> RegisterComplaintAsync(this HttpClient api, string externalId, string category = "attitude", DateTimeOffset? receivedAt = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId, channel = "phone", customerName = "蒋女士", customerPhone = "13800138000",
            waybillNo = $"YD{(uint)externalId.GetHashCode(StringComparison.Ordinal) % 10_000_000_000_000u:D13}", outletCode = "CD-JN-02",
            category, delayDays = category == "delay" ? 2 : (int?)null, demand = "给个说法", receivedAt,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> VerifyAsync(this HttpClient api, string id, string faultParty, string? accountable, DateTimeOffset? at = null)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/complaints/{id}/verify", new { findings = "核实完毕", faultParty, accountable, at });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    /// <summary>A contact the agent served at <paramref name="arrivedAt"/> and the customer rated.</summary>
    public static async Task RatedContactAsync(this HttpClient api, string externalId, string agentCode, DateTimeOffset arrivedAt, int satisfaction)
    {
        var created = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "王女士", customerPhone = "13800138000", topic = "查件", arrivedAt, agentCode,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadAsync()).GetProperty("id").GetString();
        var answered = await api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode, at = arrivedAt.AddSeconds(5) });
        Assert.True(answered.StatusCode == HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        var closed = await api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = arrivedAt.AddMinutes(3), resolved = true, satisfaction });
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
    }
}
