using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Complaints;

/// <summary>The complaint clocks run on the persistent Quartz store: on time, and once, even across a kill -9.</summary>
public sealed class ComplaintClockTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>, IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"serviceconsole-clock-{Guid.NewGuid():N}.db");

    private static object Complaint(string externalId, DateTimeOffset receivedAt) => new
    {
        externalId,
        channel = "phone",
        customerName = "韦先生",
        customerPhone = "13800138000",
        waybillNo = $"YD{Math.Abs(externalId.GetHashCode()) % 10_000_000_000_000:D13}",
        outletCode = "GZ-YH-04",
        category = "delay",
        delayDays = 1,
        demand = "尽快派送",
        receivedAt,
    };

    private static Task<JsonElement> WaitForBreachAsync(HttpClient api, string id, string clock, TimeSpan timeout) =>
        Eventually.Until(
            () => api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}"),
            complaint => complaint.GetProperty("breaches").EnumerateArray().Any(b => b.GetProperty("clock").GetString() == clock),
            timeout,
            $"the {clock} clock of complaint {id} to record its breach",
            TimeSpan.FromMilliseconds(250));

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task CMP_04_a_missed_verification_is_recorded_by_the_scheduler_within_seconds_of_its_due_time()
    {
        var api = factory.CreateApiClient();
        var receivedAt = DateTimeOffset.UtcNow.AddHours(-1).AddSeconds(3);
        var response = await api.PostAsJsonAsync("/api/v1/complaints", Complaint("clock-verify", receivedAt));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(created.GetProperty("breaches").EnumerateArray());

        var complaint = await WaitForBreachAsync(api, created.GetProperty("id").GetString()!, "verify", TimeSpan.FromSeconds(20));

        var breach = Assert.Single(complaint.GetProperty("breaches").EnumerateArray());
        Assert.Equal("CMP-04", breach.GetProperty("ruleId").GetString());
        Assert.Equal(created.GetProperty("verifyBy").GetDateTimeOffset(), breach.GetProperty("dueAt").GetDateTimeOffset());
        var lateness = breach.GetProperty("recordedAt").GetDateTimeOffset() - breach.GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(lateness, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_clock_pending_when_the_console_is_killed_fires_once_after_the_restart()
    {
        const string key = "clock-test-key-0123456789";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = $"Data Source={_database}",
            ["ServiceConsole:Ingest:ApiKey"] = key,
        };
        string id;
        await using (var first = ConsoleProcess.Start("Testing", settings))
        {
            var api = new HttpClient { BaseAddress = await first.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
            api.DefaultRequestHeaders.Add("X-Api-Key", key);
            var response = await api.PostAsJsonAsync("/api/v1/complaints", Complaint("clock-restart", DateTimeOffset.UtcNow.AddHours(-1).AddSeconds(6)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await first.KillHardAsync();
        }

        await using var second = ConsoleProcess.Start("Testing", settings);
        var again = new HttpClient { BaseAddress = await second.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
        again.DefaultRequestHeaders.Add("X-Api-Key", key);
        var complaint = await WaitForBreachAsync(again, id, "verify", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong, firing to show

        complaint = await again.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        Assert.Single(complaint.GetProperty("breaches").EnumerateArray(), b => b.GetProperty("clock").GetString() == "verify");
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
