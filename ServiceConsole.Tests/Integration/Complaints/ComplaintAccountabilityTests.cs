using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Complaints;

/// <summary>The follow-up calls a complaint owes show in the callback list, and verification holds someone accountable.</summary>
public sealed class ComplaintAccountabilityTests(ComplaintAccountabilityTests.Factory factory) : IClassFixture<ComplaintAccountabilityTests.Factory>
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Received.AddMinutes(1));
    }

    private async Task<string> RegisterAsync(string externalId, string category = "delay", int? delayDays = 2)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId, channel = "phone", customerName = "蒋女士", customerPhone = "13800138000",
            waybillNo = $"YD{Math.Abs(externalId.GetHashCode()) % 10_000_000_000_000:D13}", outletCode = "CD-JN-02",
            category, delayDays, itemValue = 3000, demand = "尽快处理", receivedAt = Received,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> StepAsync(string id, string step, object? body = null)
    {
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var response = await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/{step}", body ?? new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<List<JsonElement>> CallbacksAsync(string id, string status) =>
        [.. (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/callbacks?status={status}")).EnumerateArray()
            .Where(c => c.GetProperty("complaintId").ValueKind == JsonValueKind.String && c.GetProperty("complaintId").GetString() == id)];

    [Fact]
    [Trait("Rule", "CMP-09")]
    [Trait("Rule", "CMP-10")]
    public async Task CMP_09_10_the_follow_up_and_the_recallback_are_owed_as_callbacks_and_settled_by_the_complaint()
    {
        var id = await RegisterAsync("acc-callbacks");
        await StepAsync(id, "verify", new { findings = "中转延误", faultParty = "none" });
        await StepAsync(id, "propose", new { kind = "coupon", amount = 10 });
        var accepted = await StepAsync(id, "accept");

        var followUp = Assert.Single(await CallbacksAsync(id, "open"));
        Assert.Equal("complaint", followUp.GetProperty("kind").GetString());
        Assert.Equal("CMP-09", followUp.GetProperty("ruleId").GetString());
        Assert.Equal(accepted.GetProperty("callbackDue").GetDateTimeOffset(), followUp.GetProperty("dueAt").GetDateTimeOffset());

        var reopened = await StepAsync(id, "callback", new { satisfied = false, satisfaction = 2 });
        var recallback = Assert.Single(await CallbacksAsync(id, "open"));
        Assert.Equal(("recallback", "CMP-10"), (recallback.GetProperty("kind").GetString(), recallback.GetProperty("ruleId").GetString()));
        Assert.Equal(reopened.GetProperty("callbackDue").GetDateTimeOffset(), recallback.GetProperty("dueAt").GetDateTimeOffset());
        var made = Assert.Single(await CallbacksAsync(id, "done"));
        Assert.False(made.GetProperty("breached").GetBoolean());

        var completeHere = await _api.PostAsJsonAsync($"/api/v1/callbacks/{recallback.GetProperty("id").GetString()}/complete", new { });
        Assert.Equal(HttpStatusCode.Conflict, completeHere.StatusCode);

        await StepAsync(id, "callback", new { satisfied = true, satisfaction = 5 });
        Assert.Empty(await CallbacksAsync(id, "open"));
        Assert.Equal(2, (await CallbacksAsync(id, "done")).Count);
    }

    [Fact]
    [Trait("Rule", "CMP-11")]
    public async Task CMP_11_a_courier_at_fault_is_recorded_with_ten_points_and_the_fine_for_the_severity()
    {
        var general = await RegisterAsync("acc-courier-general");
        var major = await RegisterAsync("acc-courier-major", category: "loss", delayDays: null);

        var g = await StepAsync(general, "verify", new { findings = "快递员未按约派送", faultParty = "courier", accountable = "快递员 王强" });
        var m = await StepAsync(major, "verify", new { findings = "快递员遗失包裹", faultParty = "courier", accountable = "快递员 李磊" });

        Assert.Equal("major", m.GetProperty("severity").GetString());
        foreach (var (complaint, fine) in new[] { (g, 200m), (m, 500m) })
        {
            var record = complaint.GetProperty("accountability");
            Assert.Equal(("courier", "CMP-11", 10, fine), (record.GetProperty("party").GetString(), record.GetProperty("ruleId").GetString(),
                record.GetProperty("points").GetInt32(), record.GetProperty("fineYuan").GetDecimal()));
            Assert.True(record.GetProperty("inForce").GetBoolean());
        }
    }

    [Fact]
    [Trait("Rule", "CMP-12")]
    public async Task CMP_12_an_agent_at_fault_loses_eight_points_which_show_in_their_kpis()
    {
        await factory.SeedAgentAsync("A091", "phone");
        var id = await RegisterAsync("acc-agent", category: "attitude", delayDays: null);
        var before = await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A091/kpi?month=2026-11");
        Assert.Equal(0, before.GetProperty("penaltyPoints").GetInt32());

        var verified = await StepAsync(id, "verify", new { findings = "客服态度生硬", faultParty = "agent", accountable = "A091" });

        var record = verified.GetProperty("accountability");
        Assert.Equal(("agent", "CMP-12", 8, 0m), (record.GetProperty("party").GetString(), record.GetProperty("ruleId").GetString(),
            record.GetProperty("points").GetInt32(), record.GetProperty("fineYuan").GetDecimal()));
        var after = await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A091/kpi?month=2026-11");
        Assert.Equal(8, after.GetProperty("penaltyPoints").GetInt32());
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    public async Task Breaches_of_an_agents_deadlines_are_counted_in_their_kpis()
    {
        await factory.SeedAgentAsync("A092", "online");
        var contact = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "acc-kpi-contact", channel = "online", customerName = "王女士", customerPhone = "13800138000", agentCode = "A092",
        });
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var promise = await _api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/promise", new { agentCode = "A092" });
        var taskId = (await promise.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(0, (await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A092/kpi?month=2026-11")).GetProperty("breaches").GetInt32());

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await _api.PostAsJsonAsync($"/api/v1/callbacks/{taskId}/complete", new { note = "回电晚了" });

        Assert.Equal(1, (await _api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A092/kpi?month=2026-11")).GetProperty("breaches").GetInt32());
    }
}
