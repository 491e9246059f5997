using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Ingest;

/// <summary>The console as a real process: what the integration API acknowledged survives a hard kill.</summary>
[Trait("Category", "Process")]
public sealed class IngestRestartTests : IDisposable
{
    private readonly ScratchDatabase _database = new("process");

    private Dictionary<string, string> Settings(string apiKey) => new()
    {
        ["ConnectionStrings:Console"] = _database.ConnectionString,
        ["ServiceConsole:Ingest:ApiKey"] = apiKey,
    };

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

    public void Dispose() => _database.Dispose();
}
