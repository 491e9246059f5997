using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Integration.Assessment;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Personnel;

namespace ServiceConsole.Tests.Integration.Personnel;

/// <summary>
/// GEN-06/07 on the real console (fake clock: Sunday 10 January 2027 in Shanghai): HR opens and changes employment
/// records through <c>/api/v1/agents/{code}/employment</c>, rewards and penalties are proposed and decided through
/// <c>/api/v1/personnel/records</c>, an agent reads only their own file, and every decision is on the audit chain.
/// </summary>
public sealed class PersonnelApiTests(AssessmentTestFactory factory) : IClassFixture<AssessmentTestFactory>
{
    private static readonly Actor OtherHr = new("hr2", null, false);

    private PersonnelRecords Records => factory.Services.GetRequiredService<PersonnelRecords>();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<List<string>> AuditDetailsAsync(string subject)
    {
        await using var db = factory.Db();
        return await db.AuditRecords.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Sequence).Select(a => a.Detail ?? "").ToListAsync();
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public async Task GEN_06_hr_opens_the_record_at_three_months_refuses_two_months_29_days_and_extends_with_a_reason()
    {
        await factory.SeedAgentAsync("A701", "online");
        var api = factory.CreateApiClient();

        var tooShort = await api.PutAsJsonAsync("/api/v1/agents/A701/employment", new { hireDate = "2026-11-01", probationEnd = "2027-01-30" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("2027-02-01", (await JsonAsync(tooShort)).GetProperty("errors").GetProperty("probationEnd")[0].GetString(), StringComparison.Ordinal);

        var opened = await api.PutAsJsonAsync("/api/v1/agents/A701/employment", new { hireDate = "2026-11-01" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var body = await JsonAsync(opened);
        Assert.Equal(("2027-02-01", "on-probation", "GEN-06"), (body.GetProperty("probationEnd").GetString(), body.GetProperty("status").GetString(), body.GetProperty("ruleId").GetString()));

        var noReason = await api.PutAsJsonAsync("/api/v1/agents/A701/employment", new { probationEnd = "2027-03-01" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await JsonAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));

        var extended = await api.PutAsJsonAsync("/api/v1/agents/A701/employment", new { probationEnd = "2027-03-01", reason = "业务测试未达标,延长一个月" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);

        var shortenedBelow = await api.PutAsJsonAsync("/api/v1/agents/A701/employment", new { probationEnd = "2027-01-31", reason = "表现突出" });
        Assert.Equal(HttpStatusCode.BadRequest, shortenedBelow.StatusCode);

        var file = await api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A701/personnel-file");
        var history = file.GetProperty("employment").GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["opened", "extended"], history.Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal(("2027-02-01", "2027-03-01", "业务测试未达标,延长一个月", "integration"),
            (history[1].GetProperty("previousEnd").GetString(), history[1].GetProperty("probationEnd").GetString(), history[1].GetProperty("reason").GetString(), history[1].GetProperty("by").GetString()));

        // Confirming before the probation end (1 March; today is 10 January) is refused.
        var early = await api.PostAsJsonAsync("/api/v1/agents/A701/employment/confirm", new { note = "提前转正" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        Assert.Equal(2, (await AuditDetailsAsync("agent:A701")).Count(d => d.StartsWith("GEN-06", StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public async Task GEN_06_hr_confirms_on_the_probation_end_and_the_record_then_stays()
    {
        await factory.SeedAgentAsync("A702", "online");
        var api = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/agents/A702/employment", new { hireDate = "2026-10-10" })).StatusCode);

        var confirmed = await api.PostAsJsonAsync("/api/v1/agents/A702/employment/confirm", new { note = "考核合格" });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await JsonAsync(confirmed);
        Assert.Equal(("confirmed", "2027-01-10"), (body.GetProperty("status").GetString(), body.GetProperty("confirmedOn").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync("/api/v1/agents/A702/employment", new { probationEnd = "2027-04-10", reason = "延长" })).StatusCode);
        Assert.Contains(await AuditDetailsAsync("agent:A702"), d => d.StartsWith("GEN-06: confirmed on 2027-01-10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Employment_of_an_unknown_agent_is_not_found()
    {
        var api = factory.CreateApiClient();

        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync("/api/v1/agents/NOPE/employment", new { hireDate = "2026-10-10" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/agents/NOPE/personnel-file")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    public async Task GEN_07_a_cause_not_listed_for_the_kind_is_refused_field_by_field()
    {
        await factory.SeedAgentAsync("A703", "online");
        var api = factory.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/personnel/records", new { agentCode = "A703", kind = "warning", cause = "在禁烟区吸烟" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("GEN-07", errors.GetProperty("cause")[0].GetString(), StringComparison.Ordinal);
        var badKind = await api.PostAsJsonAsync("/api/v1/personnel/records", new { agentCode = "A703", kind = "fine", cause = "x", date = "2027-01-11" });
        var badErrors = (await JsonAsync(badKind)).GetProperty("errors");
        Assert.True(badErrors.TryGetProperty("kind", out _));
        Assert.True(badErrors.TryGetProperty("date", out _)); // tomorrow
        var causes = await api.GetFromJsonAsync<JsonElement>("/api/v1/personnel/causes");
        Assert.Equal(7, causes.GetArrayLength());
        Assert.Contains(causes.EnumerateArray(), c => c.GetProperty("kind").GetString() == "demerit" && c.GetProperty("deduction").GetInt32() == 15
            && c.GetProperty("causes").EnumerateArray().Any(x => x.GetString() == "在禁烟区吸烟"));
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    public async Task GEN_07_a_record_approved_by_its_proposer_is_refused_and_another_hr_officer_approves_it_once()
    {
        await factory.SeedAgentAsync("A704", "online");
        var api = factory.CreateApiClient();

        var proposed = await api.PostAsJsonAsync("/api/v1/personnel/records", new { agentCode = "A704", kind = "demerit", cause = "在禁烟区吸烟", note = "楼梯间吸烟,监控可查", date = "2027-01-08" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var record = await JsonAsync(proposed);
        var id = record.GetProperty("id").GetGuid();
        Assert.Equal(("proposed", "penalty", "integration"), (record.GetProperty("status").GetString(), record.GetProperty("side").GetString(), record.GetProperty("proposedBy").GetString()));

        // The API key proposed it, so the API key cannot approve it.
        var own = await api.PostAsJsonAsync($"/api/v1/personnel/records/{id}/approve", new { note = "同意" });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Equal("proposed", (await JsonAsync(own)).GetProperty("currentStatus").GetString());
        Assert.Contains(await Records.PendingAsync(), r => r.Id == id);

        var approved = await Records.ApproveAsync(id, new DecideRecordRequest("核实属实"), OtherHr);
        Assert.Equal(("approved", "hr2"), (approved.Value!.Status, approved.Value.DecidedBy));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/personnel/records/{id}/reject", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/v1/personnel/records/{Guid.NewGuid()}/approve", new { })).StatusCode);

        var file = await api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A704/personnel-file");
        var listed = Assert.Single(file.GetProperty("records").EnumerateArray());
        Assert.Equal(("approved", "hr2", 15), (listed.GetProperty("status").GetString(), listed.GetProperty("decidedBy").GetString(), listed.GetProperty("deduction").GetInt32()));
        var audit = await AuditDetailsAsync($"discipline:{id}");
        Assert.Equal(2, audit.Count);
        Assert.StartsWith("GEN-07: proposed demerit for A704", audit[0], StringComparison.Ordinal);
        Assert.StartsWith("GEN-07: approved demerit for A704 proposed by integration", audit[1], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    public async Task GEN_07_hr_rejects_a_proposal_and_it_counts_nowhere()
    {
        await factory.SeedAgentAsync("A705", "online");
        var proposed = await Records.ProposeAsync(new ProposeRecordRequest("A705", "warning", "破坏环境卫生", null, new DateOnly(2027, 1, 5)), AssessmentTestFactory.Supervisor);

        var rejected = await Records.RejectAsync(proposed.Value!.Id, new DecideRecordRequest("证据不足"), AssessmentTestFactory.Hr);

        Assert.Equal(("rejected", "证据不足"), (rejected.Value!.Status, rejected.Value.DecisionNote));
        Assert.Equal(0, await Records.DeductionAsync("A705", new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1)));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task An_agent_reads_only_their_own_file_another_agents_answers_like_one_that_does_not_exist()
    {
        await factory.SeedAgentAsync("A706", "online");
        await factory.SeedAgentAsync("A707", "online");
        var agent = new Actor("a706", "A706", ActsOnlyAsAgent: true);

        var own = await Records.FileAsync("A706", agent);
        var other = await Records.FileAsync("A707", agent);
        var missing = await Records.FileAsync("A999", agent);

        Assert.Equal("A706", own.Value!.AgentCode);
        Assert.Equal((OperationStatus.NotFound, OperationStatus.NotFound), (other.Status, missing.Status));
        Assert.Equal(missing.Detail!.Replace("A999", "X", StringComparison.Ordinal), other.Detail!.Replace("A707", "X", StringComparison.Ordinal));
    }
}
