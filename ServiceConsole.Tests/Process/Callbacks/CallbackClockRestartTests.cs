using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Tests.Integration.Callbacks;

namespace ServiceConsole.Tests.Process.Callbacks;

/// <summary>
/// SVC-05 across a kill -9 of the console process: each pending callback fires exactly once, whether it fell due
/// before the kill or while the console was down. The promise window is shortened to seconds through configuration.
/// </summary>
[Trait("Category", "Process")]
public sealed class CallbackClockRestartTests : IDisposable
{
    private readonly ScratchDatabase _database = new("callbacks");

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_each_pending_callback_fires_once_across_a_kill_before_and_after_its_due_time()
    {
        const string key = "callback-restart-key-0123456789";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = _database.ConnectionString,
            ["ServiceConsole:Ingest:ApiKey"] = key,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
            ["Policy:Service:PromiseCallbackHours"] = CallbackClockTests.PromiseHours,
            ["Policy:Clocks:WarningLeadMinutes"] = CallbackClockTests.WarningLeadMinutes,
        };
        List<string> fired = [], pending = [];
        Dictionary<string, JsonElement> firedBefore;
        await using (var first = ConsoleProcess.Start("Testing", settings))
        {
            var api = new HttpClient { BaseAddress = await first.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
            api.DefaultRequestHeaders.Add("X-Api-Key", key);
            for (var i = 0; i < 5; i++)
            {
                fired.Add(await CallbackClockTests.PromiseAsync(api, $"restart-fired-{i}"));
            }

            firedBefore = await CallbackClockTests.WaitUntilBreachedAsync(api, fired, TimeSpan.FromSeconds(30));
            Assert.All(firedBefore.Values, c => Assert.True(c.GetProperty("breached").GetBoolean()));
            for (var i = 0; i < 5; i++)
            {
                pending.Add(await CallbackClockTests.PromiseAsync(api, $"restart-pending-{i}"));
            }

            await first.KillHardAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(6)); // the pending ones fall due while the console is down
        await using var second = ConsoleProcess.Start("Testing", settings);
        var again = new HttpClient { BaseAddress = await second.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
        again.DefaultRequestHeaders.Add("X-Api-Key", key);
        var after = await CallbackClockTests.WaitUntilBreachedAsync(again, [.. fired, .. pending], TimeSpan.FromSeconds(40));
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

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient api) =>
        [.. (await api.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray()];

    public void Dispose() => _database.Dispose();
}
