using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Callbacks;

/// <summary>
/// The SVC-05 promise on the real scheduler: warned before and breached just after its deadline (across a kill -9:
/// Process/Callbacks). The promise window is shortened to seconds through configuration.
/// </summary>
public sealed class CallbackClockTests(CallbackClockTests.Factory factory) : IClassFixture<CallbackClockTests.Factory>
{
    internal const string PromiseHours = "0.0015"; // 5.4 s
    internal const string WarningLeadMinutes = "0.05"; // 3 s

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Settings["Policy:Service:PromiseCallbackHours"] = PromiseHours;
            Settings["Policy:Clocks:WarningLeadMinutes"] = WarningLeadMinutes;
        }
    }

    internal static async Task<string> PromiseAsync(HttpClient api, string externalId)
    {
        var contact = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "王女士", customerPhone = "13800138000", agentCode = "A001",
        });
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var promise = await api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/promise", new { agentCode = "A001" });
        Assert.Equal(HttpStatusCode.Created, promise.StatusCode);
        return (await promise.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    internal static Task<Dictionary<string, JsonElement>> WaitUntilBreachedAsync(HttpClient api, IReadOnlyCollection<string> ids, TimeSpan timeout) =>
        Eventually.Until(
            async () => (await api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=all")).EnumerateArray()
                .Where(c => ids.Contains(c.GetProperty("id").GetString()))
                .ToDictionary(c => c.GetProperty("id").GetString()!),
            all => all.Values.Count(c => c.GetProperty("breached").GetBoolean()) == ids.Count,
            timeout,
            $"all {ids.Count} callbacks to be breached",
            TimeSpan.FromMilliseconds(200));

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_the_scheduler_warns_before_a_promise_and_records_its_breach_within_seconds_of_the_deadline()
    {
        var api = factory.CreateApiClient();
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);
        var id = await PromiseAsync(api, "clock-promise-live");

        var warning = await hub.WaitForAsync("clockAlert", a => a.GetProperty("subjectId").GetString() == id && a.GetProperty("kind").GetString() == "warning", TimeSpan.FromSeconds(15));
        var task = (await WaitUntilBreachedAsync(api, [id], TimeSpan.FromSeconds(20)))[id];

        var dueAt = task.GetProperty("dueAt").GetDateTimeOffset();
        Assert.True(warning.GetProperty("raisedAt").GetDateTimeOffset() <= dueAt);
        Assert.True(task.GetProperty("breached").GetBoolean());
        Assert.InRange(task.GetProperty("breachedAt").GetDateTimeOffset() - dueAt, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        await hub.WaitForAsync("clockAlert", a => a.GetProperty("subjectId").GetString() == id && a.GetProperty("kind").GetString() == "breach");
    }
}
