using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Integration.Assessment;

/// <summary>
/// TRN-03…06 on the real console: a month is assessed from its real records, waits for the supervisor's attitude score,
/// is replaced (never doubled) by a re-run, sends a failed agent to remedial training once, proposes termination after
/// two failed months in a row, skips agents in onboarding, and leaves the month so far without consequences.
/// </summary>
public sealed class MonthlyAssessmentRunTests(AssessmentTestFactory factory) : IClassFixture<AssessmentTestFactory>
{
    private MonthlyAssessments Assessments => factory.Assessments;

    private async Task<HttpResponseMessage> AttitudeAsync(string month, string agent, double score, string? note = null) =>
        await factory.CreateApiClient().PutAsJsonAsync($"/api/v1/assessments/{month}/agents/{agent}/attitude", new { score, note });

    [Fact]
    [Trait("Rule", "TRN-03")]
    [Trait("Rule", "TRN-04")]
    public async Task TRN_03_a_run_assesses_the_months_real_records_waits_for_attitude_and_the_kpi_endpoint_shows_the_grade_once_assessed()
    {
        await factory.SeedAgentAsync("A801", "online");
        await factory.GoodMonthAsync("A801", 2026, 3);
        await factory.ContactAsync("A801", new DateTime(2026, 4, 1, 0, 30, 0), answerAfterSeconds: 90); // April in Shanghai: not March's

        var run = await Assessments.RunAsync("2026-03", AssessmentTestFactory.Hr);

        Assert.True(run.Value!.Final);
        var row = (await factory.RowAsync("2026-03", "A801"))!;
        Assert.Equal(("awaiting-attitude", 1.0, 1.0, 5.0, 100.0), (row.Status, row.ResponseCompliance, row.FirstContactResolution, row.Satisfaction, row.Quantitative));
        Assert.Equal((1, 100.0), (row.ContactsMeasured, row.RuleCompliance));
        Assert.Null(row.Score);
        Assert.Null(row.Grade);
        Assert.Null(row.Consequence);
        var api = factory.CreateApiClient();
        var kpi = await api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A801/kpi?month=2026-03");
        Assert.Equal(JsonValueKind.Null, kpi.GetProperty("score").ValueKind);

        var scored = await AttitudeAsync("2026-03", "A801", 80, "主动跟进");

        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        var body = await scored.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(96.0, body.GetProperty("score").GetDouble()); // 0.6 × 100 + 0.4 × (80 + 100) / 2
        Assert.Equal("excellent", body.GetProperty("grade").GetString());
        Assert.Equal("excellent-bonus", body.GetProperty("consequence").GetString());
        Assert.Equal(300m, body.GetProperty("bonusYuan").GetDecimal());
        Assert.Equal(90.0, body.GetProperty("qualitative").GetDouble());
        kpi = await api.GetFromJsonAsync<JsonElement>("/api/v1/agents/A801/kpi?month=2026-03");
        Assert.Equal((96.0, "excellent"), (kpi.GetProperty("score").GetDouble(), kpi.GetProperty("grade").GetString()));
        Assert.NotNull((await factory.RowAsync("2026-03", "A801"))!.ConsequencesAppliedAt);
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    [Trait("Rule", "EMG-05")]
    public async Task SVC_07_a_drill_contact_is_left_out_of_the_kpis()
    {
        await factory.SeedAgentAsync("A802", "online");
        await factory.GoodMonthAsync("A802", 2026, 2);
        await factory.ContactAsync("A802", new DateTime(2026, 2, 14, 9, 0, 0), answerAfterSeconds: 300, resolved: false, rating: 1, drill: true);

        await Assessments.RunAsync("2026-02", AssessmentTestFactory.Hr);

        var row = (await factory.RowAsync("2026-02", "A802"))!;
        Assert.Equal((1, 1.0, 1.0, 5.0), (row.ContactsMeasured, row.ResponseCompliance, row.FirstContactResolution, row.Satisfaction));
        var kpi = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/agents/A802/kpi?month=2026-02");
        Assert.Equal(1, kpi.GetProperty("contactsMeasured").GetInt32());
        await using var db = factory.Db();
        Assert.Equal(2, await db.Contacts.CountAsync(c => c.AgentCode == "A802")); // the drill contact is there, only not counted
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_a_re_run_replaces_the_months_results_and_keeps_the_attitude()
    {
        await factory.SeedAgentAsync("A803", "online");
        await factory.MixedMonthAsync("A803", 2026, 7);
        await Assessments.RunAsync("2026-07", AssessmentTestFactory.Hr);
        await AttitudeAsync("2026-07", "A803", 100);
        var before = (await factory.RowAsync("2026-07", "A803"))!;
        Assert.Equal(73.3, before.Score);

        await factory.GoodMonthAsync("A803", 2026, 7);
        var rerun = await Assessments.RunAsync("2026-07", AssessmentTestFactory.Hr);

        var after = (await factory.RowAsync("2026-07", "A803"))!;
        Assert.Equal((2, 100.0), (after.ContactsMeasured, after.Attitude!.Value));
        Assert.True(after.Score > before.Score);
        await using var db = factory.Db();
        Assert.Equal(1, await db.MonthlyAssessments.CountAsync(a => a.Month == "2026-07" && a.AgentCode == "A803"));
        Assert.Equal(rerun.Value!.Agents, await db.MonthlyAssessments.CountAsync(a => a.Month == "2026-07"));
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public async Task TRN_05_a_failed_month_sends_the_agent_to_the_remedial_training_once()
    {
        await factory.SeedAgentAsync("A804", "online");
        await factory.MixedMonthAsync("A804", 2026, 8);
        await Assessments.RunAsync("2026-08", AssessmentTestFactory.Hr);

        var failed = await (await AttitudeAsync("2026-08", "A804", 20)).Content.ReadFromJsonAsync<JsonElement>();
        await Assessments.RunAsync("2026-08", AssessmentTestFactory.Hr);
        await AttitudeAsync("2026-08", "A804", 10);

        Assert.Equal((57.3, "failed", "remedial-training"), (failed.GetProperty("score").GetDouble(), failed.GetProperty("grade").GetString(), failed.GetProperty("consequence").GetString()));
        var training = Assert.Single(await factory.Trainings.ForAgentAsync("A804"));
        Assert.Equal(("remedial", "TRN-05", "assessment:2026-08", 3), (training.Kind, training.RuleId, training.SourceKey, training.Days));
        Assert.Contains("57.3", training.Reason, StringComparison.Ordinal);
        await using var db = factory.Db();
        var agent = await db.Agents.AsNoTracking().SingleAsync(a => a.Code == "A804");
        Assert.Equal(DutyHold.Training, agent.Hold);
        Assert.NotNull((await factory.RowAsync("2026-08", "A804"))!.ConsequencesAppliedAt);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public async Task TRN_06_the_second_failed_month_in_a_row_proposes_termination_and_a_corrected_score_withdraws_it()
    {
        await factory.SeedAgentAsync("A805", "online");
        await factory.MixedMonthAsync("A805", 2026, 9);
        await factory.MixedMonthAsync("A805", 2026, 10);
        await Assessments.RunAsync("2026-09", AssessmentTestFactory.Hr);
        await AttitudeAsync("2026-09", "A805", 20);
        await Assessments.RunAsync("2026-10", AssessmentTestFactory.Hr);

        var second = await (await AttitudeAsync("2026-10", "A805", 20)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("termination-proposal", second.GetProperty("consequence").GetString());
        Assert.True(second.GetProperty("terminationProposed").GetBoolean());
        Assert.Equal(2, second.GetProperty("consecutiveFailedMonths").GetInt32());
        var proposals = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/assessments/proposals");
        var proposal = proposals.EnumerateArray().Single(p => p.GetProperty("agentCode").GetString() == "A805");
        Assert.Equal(("2026-10", "open", 2), (proposal.GetProperty("month").GetString(), proposal.GetProperty("status").GetString(), proposal.GetProperty("failedMonths").GetInt32()));
        Assert.Single(await factory.Trainings.ForAgentAsync("A805"), t => t.SourceKey == "assessment:2026-10");

        await AttitudeAsync("2026-10", "A805", 100);

        proposals = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/assessments/proposals");
        Assert.Equal("withdrawn", proposals.EnumerateArray().Single(p => p.GetProperty("agentCode").GetString() == "A805").GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public async Task TRN_06_a_failed_month_after_a_good_one_proposes_nothing()
    {
        await factory.SeedAgentAsync("A806", "online");
        await factory.MixedMonthAsync("A806", 2026, 9);
        await factory.MixedMonthAsync("A806", 2026, 10);
        await Assessments.RunAsync("2026-09", AssessmentTestFactory.Hr);
        await AttitudeAsync("2026-09", "A806", 100);
        await Assessments.RunAsync("2026-10", AssessmentTestFactory.Hr);

        var failed = await (await AttitudeAsync("2026-10", "A806", 20)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("remedial-training", failed.GetProperty("consequence").GetString());
        Assert.False(failed.GetProperty("terminationProposed").GetBoolean());
        var proposals = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/assessments/proposals");
        Assert.DoesNotContain(proposals.EnumerateArray(), p => p.GetProperty("agentCode").GetString() == "A806");
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public async Task TRN_01_an_agent_still_in_onboarding_is_not_assessed()
    {
        await factory.SeedAgentAsync("A807", "online");
        await factory.GoodMonthAsync("A807", 2026, 11);
        var hold = await factory.Services.GetRequiredService<ISupervisorActions>().PlaceHoldAsync("A807", DutyHold.Onboarding, "TRN-01", null);
        Assert.True(hold.Succeeded);

        var run = await Assessments.RunAsync("2026-11", AssessmentTestFactory.Hr);

        Assert.Contains("A807", run.Value!.SkippedInOnboarding);
        Assert.Null(await factory.RowAsync("2026-11", "A807"));
        Assert.Equal(HttpStatusCode.Conflict, (await AttitudeAsync("2026-11", "A807", 90)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_a_run_before_the_assessment_time_is_the_month_so_far_and_applies_no_consequence()
    {
        await factory.SeedAgentAsync("A808", "online");
        await factory.MixedMonthAsync("A808", 2027, 1);

        var run = await Assessments.RunAsync("2027-01", AssessmentTestFactory.Hr);
        var failed = await (await AttitudeAsync("2027-01", "A808", 20)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(run.Value!.Final);
        Assert.Equal(new DateTimeOffset(2027, 1, 30, 20, 0, 0, AssessmentTestFactory.Shanghai), run.Value.DueAt); // the 31st is a Sunday
        Assert.Equal(("provisional", "failed"), (failed.GetProperty("status").GetString(), failed.GetProperty("grade").GetString()));
        Assert.Empty(await factory.Trainings.ForAgentAsync("A808"));
        Assert.Null((await factory.RowAsync("2027-01", "A808"))!.ConsequencesAppliedAt);
        var kpi = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/agents/A808/kpi?month=2027-01");
        Assert.Equal(JsonValueKind.Null, kpi.GetProperty("grade").ValueKind);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_december_runs_the_annual_assessment_from_the_monthly_results_ratings_and_training_file()
    {
        await factory.SeedAgentAsync("A809", "online");
        await factory.GoodMonthAsync("A809", 2026, 12);
        await factory.ContactAsync("A809", new DateTime(2026, 6, 3, 10, 0, 0), rating: 3); // a June rating counts in the year
        await Assessments.RunAsync("2026-12", AssessmentTestFactory.Hr);

        await AttitudeAsync("2026-12", "A809", 80);

        var annual = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/assessments/annual/2026");
        var row = annual.EnumerateArray().Single(a => a.GetProperty("agentCode").GetString() == "A809");
        Assert.Equal(1, row.GetProperty("monthsScored").GetInt32());
        Assert.Equal(96.0, row.GetProperty("monthlyAverage").GetDouble());
        Assert.Equal(4.0, row.GetProperty("satisfaction").GetDouble());
        Assert.Equal(88.9, row.GetProperty("ratingScore").GetDouble()); // 100 × 4 ÷ 4.5
        Assert.Equal(JsonValueKind.Null, row.GetProperty("trainingScore").ValueKind);
        Assert.Equal(94.2, row.GetProperty("score").GetDouble()); // (0.6 × 96 + 0.2 × 88.9) ÷ 0.8
        Assert.Equal("excellent", row.GetProperty("grade").GetString());
        Assert.True(row.GetProperty("final").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_a_month_that_has_not_started_is_neither_run_nor_scored()
    {
        await factory.SeedAgentAsync("A810", "online");

        var run = await Assessments.RunAsync("2027-02", AssessmentTestFactory.Hr);
        var attitude = await AttitudeAsync("2027-02", "A810", 80);

        Assert.Equal(OperationStatus.Invalid, run.Status);
        Assert.Contains("month", run.Errors!.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, attitude.StatusCode);
        await using var db = factory.Db();
        Assert.False(await db.MonthlyAssessments.AnyAsync(a => a.Month == "2027-02"));
    }
}
