using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Integration.Assessment;
using ServiceConsole.Web.Features.Personnel;

namespace ServiceConsole.Tests.Integration.Personnel;

/// <summary>
/// GEN-07 → TRN-04: an approved penalty dated in a month lowers that month's rule compliance by its configured
/// deduction; a proposed one, one of another month, and an approved reward do not (a reward is listed, never above 100).
/// </summary>
public sealed class RuleComplianceFeedTests(AssessmentTestFactory factory) : IClassFixture<AssessmentTestFactory>
{
    private PersonnelRecords Records => factory.Services.GetRequiredService<PersonnelRecords>();

    private async Task<Guid> ApprovedAsync(string agent, string kind, string cause, DateOnly date)
    {
        var proposed = await Records.ProposeAsync(new ProposeRecordRequest(agent, kind, cause, null, date), AssessmentTestFactory.Supervisor);
        var id = proposed.Value!.Id;
        Assert.True((await Records.ApproveAsync(id, null, AssessmentTestFactory.Hr)).Succeeded);
        return id;
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    [Trait("Rule", "TRN-04")]
    public async Task GEN_07_an_approved_demerit_in_the_month_lowers_its_rule_compliance()
    {
        await factory.SeedAgentAsync("A711", "online");
        await factory.GoodMonthAsync("A711", 2026, 11);
        await factory.Assessments.RunAsync("2026-11", AssessmentTestFactory.Hr);
        Assert.Equal(100.0, (await factory.RowAsync("2026-11", "A711"))!.RuleCompliance);

        await ApprovedAsync("A711", "demerit", "在禁烟区吸烟", new DateOnly(2026, 11, 20));
        await ApprovedAsync("A711", "warning", "破坏环境卫生", new DateOnly(2026, 10, 31)); // October's, not November's
        await Records.ProposeAsync(new ProposeRecordRequest("A711", "major-demerit", "泄漏公司业务机密", null, new DateOnly(2026, 11, 21)), AssessmentTestFactory.Supervisor); // still proposed
        await factory.Assessments.RunAsync("2026-11", AssessmentTestFactory.Hr);

        var row = (await factory.RowAsync("2026-11", "A711"))!;
        Assert.Equal((85.0, 15), (row.RuleCompliance, row.PenaltyPoints));
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    [Trait("Rule", "TRN-04")]
    public async Task GEN_07_an_approved_reward_is_listed_but_does_not_raise_rule_compliance_above_100()
    {
        await factory.SeedAgentAsync("A712", "online");
        await factory.GoodMonthAsync("A712", 2026, 11);
        var id = await ApprovedAsync("A712", "major-merit", "维护公司重大利益,竭尽全力,避免重大损失", new DateOnly(2026, 11, 5));

        await factory.Assessments.RunAsync("2026-11", AssessmentTestFactory.Hr);

        var row = (await factory.RowAsync("2026-11", "A712"))!;
        Assert.Equal((100.0, 0), (row.RuleCompliance, row.PenaltyPoints));
        var file = (await Records.ForAgentAsync("A712"))!;
        var listed = Assert.Single(file.Records);
        Assert.Equal((id, "reward", "approved", 0), (listed.Id, listed.Side, listed.Status, listed.Deduction));
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    [Trait("Rule", "TRN-04")]
    public async Task GEN_07_a_dismissal_takes_rule_compliance_to_zero_never_below()
    {
        await factory.SeedAgentAsync("A713", "online");
        await factory.GoodMonthAsync("A713", 2026, 11);
        await ApprovedAsync("A713", "dismissal", "在公司内赌博", new DateOnly(2026, 11, 3));
        await ApprovedAsync("A713", "warning", "破坏环境卫生", new DateOnly(2026, 11, 4));

        await factory.Assessments.RunAsync("2026-11", AssessmentTestFactory.Hr);

        Assert.Equal(0.0, (await factory.RowAsync("2026-11", "A713"))!.RuleCompliance);
    }
}
