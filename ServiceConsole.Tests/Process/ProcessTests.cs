using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process;

/// <summary>The console as a real process: what it refuses at start-up and what survives a hard kill.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"serviceconsole-process-{Guid.NewGuid():N}.db");

    private Dictionary<string, string> Settings(string apiKey) => new()
    {
        ["ConnectionStrings:Console"] = $"Data Source={_database}",
        ["ServiceConsole:Ingest:ApiKey"] = apiKey,
    };

    [Theory]
    [InlineData("", "ApiKey is empty")]
    [InlineData("dev-ingest-key", "is a default")]
    public async Task Production_refuses_to_start_without_a_real_api_key_and_says_why_in_one_line(string apiKey, string reason)
    {
        await using var console = ConsoleProcess.Start("Production", Settings(apiKey));

        var exitCode = await console.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(console.Output.Split('\n'), l => l.StartsWith("Refusing to start in Production", StringComparison.Ordinal));
        Assert.Contains(reason, line);
    }

    [Fact]
    public async Task Production_refuses_the_demo_with_the_documented_password()
    {
        var settings = Settings("a-real-production-secret-key-42");
        settings["ServiceConsole:Demo:Enabled"] = "true";
        await using var console = ConsoleProcess.Start("Production", settings);

        var exitCode = await console.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("demo logins would use the documented password", console.Output);
    }

    [Fact]
    public async Task A_contact_and_a_complaint_acknowledged_with_201_survive_a_kill_9_right_after()
    {
        const string key = "process-test-key-0123456789";
        Guid contactId, complaintId;
        await using (var first = ConsoleProcess.Start("Testing", Settings(key)))
        {
            var api = new HttpClient { BaseAddress = await first.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
            api.DefaultRequestHeaders.Add("X-Api-Key", key);
            var contact = await api.PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = "kill-contact",
                channel = "phone",
                customerName = "陈先生",
                customerPhone = "13800138000",
            });
            var complaint = await api.PostAsJsonAsync("/api/v1/complaints", new
            {
                externalId = "kill-complaint",
                channel = "phone",
                customerName = "陈先生",
                customerPhone = "13800138000",
                waybillNo = "YD9876543210987",
                outletCode = "HZ-XH-01",
                category = "loss",
                itemValue = 300,
                demand = "赔偿损失",
            });
            Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
            Assert.Equal(HttpStatusCode.Created, complaint.StatusCode);
            contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            complaintId = (await complaint.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            await first.KillHardAsync();
        }

        await using var second = ConsoleProcess.Start("Testing", Settings(key));
        var again = new HttpClient { BaseAddress = await second.WaitUntilListeningAsync(TimeSpan.FromSeconds(90)) };
        again.DefaultRequestHeaders.Add("X-Api-Key", key);

        var storedContact = await again.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contactId}");
        var storedComplaint = await again.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{complaintId}");
        Assert.Equal("kill-contact", storedContact.GetProperty("externalId").GetString());
        Assert.Equal("major", storedComplaint.GetProperty("severity").GetString());
        var retry = await again.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "kill-contact",
            channel = "phone",
            customerName = "陈先生",
            customerPhone = "13800138000",
        });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
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
