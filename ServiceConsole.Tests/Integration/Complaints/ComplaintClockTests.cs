using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Complaints;

/// <summary>The complaint clocks run on the persistent Quartz store and fire on time (across a kill -9: Process/Complaints).</summary>
public sealed class ComplaintClockTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    internal static object Complaint(string externalId, DateTimeOffset receivedAt) => new
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

    internal static Task<JsonElement> WaitForBreachAsync(HttpClient api, string id, string clock, TimeSpan timeout) =>
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
}
