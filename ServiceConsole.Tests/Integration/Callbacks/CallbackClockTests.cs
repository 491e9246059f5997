using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Tests.Integration.Alerts;
using ServiceConsole.Tests.Integration.Board;
using ServiceConsole.Tests.Integration.Complaints;
using ServiceConsole.Tests.Integration.Contacts;
using ServiceConsole.Tests.Integration.Demo;
using ServiceConsole.Tests.Integration.Emergency;
using ServiceConsole.Tests.Integration.Supplies;

namespace ServiceConsole.Tests.Integration.Callbacks;

/// <summary>
/// The SVC-05 promise on the real scheduler: warned before, breached just after its deadline, and
/// each pending callback fired exactly once across a kill -9 (before and after its due time).
/// The promise window is shortened to seconds through configuration.
/// </summary>
public sealed class CallbackClockTests(CallbackClockTests.Factory factory) : IClassFixture<CallbackClockTests.Factory>, IDisposable
{
    private const string PromiseHours = "0.0015"; // 5.4 s
    private const string WarningLeadMinutes = "0.05"; // 3 s
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"serviceconsole-callbacks-{Guid.NewGuid():N}.db");

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

    private static async Task<string> PromiseAsync(HttpClient api, string externalId)
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

    private static Task<Dictionary<string, JsonElement>> WaitUntilBreachedAsync(HttpClient api, IReadOnlyCollection<string> ids, TimeSpan timeout) =>
        Eventually.Until(
            async () => (await api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=all")).EnumerateArray()
                .Where(c => ids.Contains(c.GetProperty("id").GetString()))
                .ToDictionary(c => c.GetProperty("id").GetString()!),
            all => all.Values.Count(c => c.GetProperty("breached").GetBoolean()) == ids.Count,
            timeout,
            $"all {ids.Count} callbacks to be breached",
            TimeSpan.FromMilliseconds(200));

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient api) =>
        [.. (await api.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray()];

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

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_each_pending_callback_fires_once_across_a_kill_before_and_after_its_due_time()
    {
        const string key = "callback-restart-key-0123456789";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = $"Data Source={_database}",
            ["ServiceConsole:Ingest:ApiKey"] = key,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
            ["Policy:Service:PromiseCallbackHours"] = PromiseHours,
            ["Policy:Clocks:WarningLeadMinutes"] = WarningLeadMinutes,
        };
        List<string> fired = [], pending = [];
        Dictionary<string, JsonElement> firedBefore;
        await using (var first = ConsoleProcess.Start("Testing", settings))
        {
            var api = new HttpClient { BaseAddress = await first.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
            api.DefaultRequestHeaders.Add("X-Api-Key", key);
            for (var i = 0; i < 5; i++)
            {
                fired.Add(await PromiseAsync(api, $"restart-fired-{i}"));
            }

            firedBefore = await WaitUntilBreachedAsync(api, fired, TimeSpan.FromSeconds(30));
            Assert.All(firedBefore.Values, c => Assert.True(c.GetProperty("breached").GetBoolean()));
            for (var i = 0; i < 5; i++)
            {
                pending.Add(await PromiseAsync(api, $"restart-pending-{i}"));
            }

            await first.KillHardAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(6)); // the pending ones fall due while the console is down
        await using var second = ConsoleProcess.Start("Testing", settings);
        var again = new HttpClient { BaseAddress = await second.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
        again.DefaultRequestHeaders.Add("X-Api-Key", key);
        var after = await WaitUntilBreachedAsync(again, [.. fired, .. pending], TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong, firing to show

        var alerts = await AlertsAsync(again);
        foreach (var id in fired.Concat(pending))
        {
            Assert.True(after[id].GetProperty("breached").GetBoolean(), $"callback {id} never fired");
            Assert.Single(alerts, a => a.GetProperty("subjectId").GetString() == id && a.GetProperty("kind").GetString() == "breach");
            Assert.True(alerts.Count(a => a.GetProperty("subjectId").GetString() == id && a.GetProperty("kind").GetString() == "warning") <= 1);
        }

        foreach (var id in fired)
        {
            Assert.Equal(firedBefore[id].GetProperty("breachedAt").GetDateTimeOffset(), after[id].GetProperty("breachedAt").GetDateTimeOffset());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }
}
