using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Integration.Points;

/// <summary>
/// The points ledger on the real console: complaint accountability read into it (CMP-11/12, honouring a withdrawal),
/// norm violations recorded by supervisors and specialists (SVC-10, once per complaint), who may read what, and the
/// KPI endpoint's points read from the same ledger.
/// </summary>
public sealed class PointsLedgerApiTests(PointsFactory factory) : IClassFixture<PointsFactory>
{
    private const string Month = "2026-12";
    private readonly HttpClient _api = factory.CreateApiClient();

    private static List<JsonElement> Entries(JsonElement ledger) => [.. ledger.EnumerateArray()];

    private async Task<List<JsonElement>> LedgerAsync(HttpClient client, string query) =>
        Entries(await client.GetFromJsonAsync<JsonElement>($"/api/v1/points?{query}"));

    [Fact]
    [Trait("Rule", "CMP-11")]
    [Trait("Rule", "CMP-12")]
    public async Task CMP_11_12_accountability_is_read_into_the_ledger_of_the_courier_and_the_agent()
    {
        var courierComplaint = await _api.RegisterComplaintAsync("pts-cmp11", category: "delay");
        var agentComplaint = await _api.RegisterComplaintAsync("pts-cmp12", category: "unclear-answer");
        await _api.VerifyAsync(courierComplaint, "courier", "快递员 王强");
        await _api.VerifyAsync(agentComplaint, "agent", "A012");

        var courier = Assert.Single(await LedgerAsync(_api, $"subject=courier&code={Uri.EscapeDataString("快递员 王强")}&month={Month}"));
        Assert.Equal(("courier", "快递员 王强", -10, "CMP-11", "complaint"), (courier.GetProperty("subject").GetString(), courier.GetProperty("name").GetString(),
            courier.GetProperty("points").GetInt32(), courier.GetProperty("ruleId").GetString(), courier.GetProperty("source").GetString()));
        Assert.Equal(courierComplaint, courier.GetProperty("complaintId").GetString());
        Assert.Equal("integration", courier.GetProperty("recordedBy").GetString());

        var agent = Assert.Single(await LedgerAsync(_api, $"subject=agent&code=A012&month={Month}"));
        Assert.Equal(("A012", -8, "CMP-12"), (agent.GetProperty("code").GetString(), agent.GetProperty("points").GetInt32(), agent.GetProperty("ruleId").GetString()));
        Assert.NotEqual("A012", agent.GetProperty("name").GetString()); // the agent's display name, not the code
        Assert.Empty(await LedgerAsync(_api, "subject=agent&code=A012&month=2026-11"));
    }

    [Fact]
    [Trait("Rule", "CMP-12")]
    public async Task CMP_12_a_re_verification_that_finds_nobody_at_fault_takes_the_entry_out_of_the_ledger()
    {
        var id = await _api.RegisterComplaintAsync("pts-withdrawn", category: "unclear-answer");
        await _api.VerifyAsync(id, "agent", "A013");
        Assert.Single(await LedgerAsync(_api, $"subject=agent&code=A013&month={Month}"));
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/propose", new { kind = "coupon", amount = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsJsonAsync($"/api/v1/complaints/{id}/callback", new { satisfied = false, satisfaction = 2 })).StatusCode);

        var reverified = await _api.VerifyAsync(id, "none", null);

        Assert.False(reverified.GetProperty("accountability").GetProperty("inForce").GetBoolean());
        Assert.Empty(await LedgerAsync(_api, $"subject=agent&code=A013&month={Month}"));
        Assert.Equal(0, (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/agents/A013/kpi?month={Month}")).GetProperty("penaltyPoints").GetInt32());
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public async Task SVC_10_a_specialist_records_a_norm_violation_against_a_verified_complaint_once_and_the_kpis_count_it()
    {
        var specialist = await factory.SignInAsync("specialist", DemoOptions.DefaultPassword);
        var id = await _api.RegisterComplaintAsync("pts-svc10", category: "unclear-answer");
        await _api.VerifyAsync(id, "agent", "A014");

        var first = await specialist.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A014", complaintId = id, reason = "未按规范核实地址" });
        var repeat = await specialist.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A014", complaintId = id, reason = "再次提交" });
        var other = await specialist.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A015", complaintId = id, reason = "换人" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var entry = await first.ReadAsync();
        Assert.Equal((-5, "SVC-10", "complaint", "specialist", "未按规范核实地址"), (entry.GetProperty("points").GetInt32(), entry.GetProperty("ruleId").GetString(),
            entry.GetProperty("source").GetString(), entry.GetProperty("recordedBy").GetString(), entry.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(entry.GetProperty("id").GetString(), (await repeat.ReadAsync()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);

        var ledger = await LedgerAsync(_api, $"subject=agent&code=A014&month={Month}");
        Assert.Equal(["CMP-12", "SVC-10"], ledger.Select(e => e.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(13, (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/agents/A014/kpi?month={Month}")).GetProperty("penaltyPoints").GetInt32());
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public async Task SVC_10_the_complaint_page_reads_the_violation_recorded_against_its_complaint_and_none_for_another()
    {
        var id = await _api.RegisterComplaintAsync("pts-svc10-page", category: "unclear-answer");
        var untouched = await _api.RegisterComplaintAsync("pts-svc10-page-2", category: "unclear-answer");
        await _api.VerifyAsync(id, "agent", "A030");
        await _api.VerifyAsync(untouched, "agent", "A030");
        var ledger = factory.Services.GetRequiredService<IPointsLedger>();
        Assert.Null(await ledger.ViolationForComplaintAsync(Guid.Parse(id)));

        var response = await _api.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A030", complaintId = id, reason = "未按规范致歉" });

        var recorded = await ledger.ViolationForComplaintAsync(Guid.Parse(id));
        Assert.NotNull(recorded);
        Assert.Equal((await response.ReadAsync()).GetProperty("id").GetString(), recorded.Id);
        Assert.Equal(("A030", -5, "SVC-10"), (recorded.Code, recorded.Points, recorded.RuleId));
        Assert.Null(await ledger.ViolationForComplaintAsync(Guid.Parse(untouched)));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public async Task SVC_10_a_supervisor_records_a_violation_seen_directly_with_its_reason_each_one_counting()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var first = await supervisor.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A016", reason = "通话中未使用标准结束语" });
        var second = await supervisor.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A016", reason = "在线回复使用不文明用语" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var entry = await first.ReadAsync();
        Assert.Equal(("violation", JsonValueKind.Null), (entry.GetProperty("source").GetString(), entry.GetProperty("complaintId").ValueKind));
        Assert.Equal(2, (await LedgerAsync(supervisor, $"subject=agent&code=A016&month={Month}")).Count);
        Assert.Equal(10, (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/agents/A016/kpi?month={Month}")).GetProperty("penaltyPoints").GetInt32());
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public async Task SVC_10_a_complaint_not_yet_verified_cannot_carry_a_violation()
    {
        var id = await _api.RegisterComplaintAsync("pts-unverified", category: "unclear-answer");

        var response = await _api.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A017", complaintId = id, reason = "未核实" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await LedgerAsync(_api, $"subject=agent&code=A017&month={Month}"));
    }

    [Fact]
    public async Task A_violation_names_a_known_agent_a_real_complaint_and_a_reason()
    {
        var missing = await _api.PostAsJsonAsync("/api/v1/points/violations", new { });
        var unknownAgent = await _api.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A999", reason = "x" });
        var unknownComplaint = await _api.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A018", complaintId = Guid.NewGuid(), reason = "x" });
        var longReason = await _api.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A018", reason = new string('长', 501) });

        var errors = (await missing.ReadAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True(errors.TryGetProperty("agentCode", out _) && errors.TryGetProperty("reason", out _));
        Assert.True((await unknownAgent.ReadAsync()).GetProperty("errors").TryGetProperty("agentCode", out _));
        Assert.True((await unknownComplaint.ReadAsync()).GetProperty("errors").TryGetProperty("complaintId", out _));
        Assert.True((await longReason.ReadAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Empty(await LedgerAsync(_api, $"subject=agent&code=A018&month={Month}"));
    }

    [Fact]
    public async Task The_ledger_query_is_validated()
    {
        var subject = await _api.GetAsync("/api/v1/points?subject=customer");
        var month = await _api.GetAsync("/api/v1/points?month=2026-13");

        Assert.Equal(HttpStatusCode.BadRequest, subject.StatusCode);
        Assert.True((await subject.ReadAsync()).GetProperty("errors").TryGetProperty("subject", out _));
        Assert.Equal(HttpStatusCode.BadRequest, month.StatusCode);
        Assert.True((await month.ReadAsync()).GetProperty("errors").TryGetProperty("month", out _));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task An_agent_reads_only_their_own_entries_anything_else_answers_as_not_found_and_records_nothing()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword); // A001
        var hr = await factory.SignInAsync("hr", DemoOptions.DefaultPassword);
        var own = await _api.RegisterComplaintAsync("pts-own", category: "unclear-answer");
        var others = await _api.RegisterComplaintAsync("pts-others", category: "unclear-answer");
        await _api.VerifyAsync(own, "agent", "A001");
        await _api.VerifyAsync(others, "agent", "A019");

        var mine = await LedgerAsync(agent, $"month={Month}");
        Assert.Equal("A001", Assert.Single(mine).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/points?subject=agent&code=A019&month={Month}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/points?subject=courier&month={Month}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/points?subject=agent&code=A999&month={Month}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A019", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.PostAsJsonAsync("/api/v1/points/violations", new { agentCode = "A019", reason = "x" })).StatusCode);
        Assert.Single(await LedgerAsync(hr, $"subject=agent&code=A019&month={Month}"));
    }
}
