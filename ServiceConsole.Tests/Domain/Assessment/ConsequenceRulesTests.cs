using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Assessment;

/// <summary>TRN-05 grades and their consequences, TRN-06 failed months in a row.</summary>
public sealed class ConsequenceRulesTests
{
    private readonly ConsequenceRules _rules = new(new PolicyOptions());

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_excellent_earns_the_bonus_and_promotion_priority()
    {
        var decision = _rules.Decide(Grade.Excellent, []);

        Assert.Equal(AssessmentConsequence.ExcellentBonus, decision.Consequence);
        Assert.Equal(300m, decision.BonusYuan);
        Assert.True(decision.PromotionPriority);
        Assert.False(decision.RequiresRemedialTraining);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_qualified_earns_the_base_bonus_with_no_amount_of_the_consoles_own()
    {
        var decision = _rules.Decide(Grade.Qualified, [Grade.Failed]);

        Assert.Equal(AssessmentConsequence.BaseBonus, decision.Consequence);
        Assert.Equal(0m, decision.BonusYuan);
        Assert.False(decision.PromotionPriority);
        Assert.False(decision.ProposeTermination);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_failed_means_no_bonus_and_three_days_of_remedial_training()
    {
        var decision = _rules.Decide(Grade.Failed, [Grade.Qualified]);

        Assert.Equal(AssessmentConsequence.RemedialTraining, decision.Consequence);
        Assert.Equal(0m, decision.BonusYuan);
        Assert.Equal(3, decision.RemedialTrainingDays);
        Assert.True(decision.RequiresRemedialTraining);
        Assert.False(decision.ProposeTermination);
        Assert.Equal(1, decision.ConsecutiveFailedMonths);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_the_second_failed_month_in_a_row_proposes_termination_and_still_sends_to_training()
    {
        var decision = _rules.Decide(Grade.Failed, [Grade.Failed, Grade.Excellent]);

        Assert.Equal(AssessmentConsequence.TerminationProposal, decision.Consequence);
        Assert.True(decision.ProposeTermination);
        Assert.True(decision.RequiresRemedialTraining);
        Assert.Equal(2, decision.ConsecutiveFailedMonths);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_a_failed_month_after_a_good_one_proposes_nothing()
    {
        Assert.False(_rules.Decide(Grade.Failed, [Grade.Qualified, Grade.Failed]).ProposeTermination);
        Assert.False(_rules.Decide(Grade.Failed, [Grade.Excellent]).ProposeTermination);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_a_month_without_a_grade_breaks_the_row()
    {
        Assert.False(_rules.Decide(Grade.Failed, [null, Grade.Failed]).ProposeTermination);
        Assert.False(_rules.Decide(Grade.Failed, []).ProposeTermination);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_the_months_in_a_row_are_an_option()
    {
        var options = new PolicyOptions();
        options.Training.FailedMonthsForTermination = 3;
        var rules = new ConsequenceRules(options);

        Assert.Equal(2, rules.MonthsLookedBack);
        Assert.False(rules.Decide(Grade.Failed, [Grade.Failed]).ProposeTermination);
        Assert.True(rules.Decide(Grade.Failed, [Grade.Failed, Grade.Failed, Grade.Qualified]).ProposeTermination);
        Assert.Equal(3, rules.Decide(Grade.Failed, [Grade.Failed, Grade.Failed, Grade.Failed]).ConsecutiveFailedMonths);
    }
}
