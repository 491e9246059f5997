using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Tests.Integration.Complaints;

namespace ServiceConsole.Tests.Process.Complaints;

/// <summary>A complaint clock on the persistent Quartz store fires once, even across a kill -9 of the console process.</summary>
[Trait("Category", "Process")]
public sealed class ComplaintClockRestartTests : IDisposable
{
    private readonly ScratchDatabase _database = new("clock");

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_clock_pending_when_the_console_is_killed_fires_once_after_the_restart()
    {
        const string key = "clock-test-key-0123456789";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = _database.ConnectionString,
            ["ServiceConsole:Ingest:ApiKey"] = key,
        };
        string id;
        await using (var first = ConsoleProcess.Start("Testing", settings))
        {
            var api = new HttpClient { BaseAddress = await first.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
            api.DefaultRequestHeaders.Add("X-Api-Key", key);
            var response = await api.PostAsJsonAsync("/api/v1/complaints", ComplaintClockTests.Complaint("clock-restart", DateTimeOffset.UtcNow.AddHours(-1).AddSeconds(6)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await first.KillHardAsync();
        }

        await using var second = ConsoleProcess.Start("Testing", settings);
        var again = new HttpClient { BaseAddress = await second.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
        again.DefaultRequestHeaders.Add("X-Api-Key", key);
        var complaint = await ComplaintClockTests.WaitForBreachAsync(again, id, "verify", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong, firing to show

        complaint = await again.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        Assert.Single(complaint.GetProperty("breaches").EnumerateArray(), b => b.GetProperty("clock").GetString() == "verify");
    }

    public void Dispose() => _database.Dispose();
}
