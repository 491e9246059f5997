using ServiceConsole.Domain;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Assessment;

/// <summary>
/// TRN-04…06 on one agent's month: the score from the computed parts and the supervisor's attitude, the grade at its
/// thresholds, the consequence, and a result that waits for attitude instead of inventing it.
/// </summary>
public sealed class MonthlyAssessmentTests
{
    private static readonly PolicyOptions Options = new();
    private static readonly AssessmentPolicy Policy = new(Options);
    private static readonly ConsequenceRules Rules = new(Options);
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly AssessmentMonth November = new(2026, 11);

    /// <summary>Every KPI at its target: the quantitative part is 100.</summary>
    private static readonly KpiResult OnTarget = new(0.95, 0.90, 4.5, 40, 30, 20);

    /// <summary>Only satisfaction measured, at half its target: the quantitative part is 50.</summary>
    private static readonly KpiResult Half = new(null, null, 2.25, 0, 0, 4);

    private static MonthlyAssessment Recorded(KpiResult kpi, int penaltyPoints = 0, bool final = true, IEnumerable<Grade?>? earlier = null)
    {
        var assessment = new MonthlyAssessment(Guid.NewGuid(), November, "A001");
        assessment.Record(kpi, penaltyPoints, final, At, "system", Policy, Rules, earlier ?? []);
        return assessment;
    }

    private static MonthlyAssessment Scored(KpiResult kpi, double attitude, IEnumerable<Grade?>? earlier = null)
    {
        var assessment = Recorded(kpi, earlier: earlier);
        assessment.ScoreAttitude(attitude, null, "supervisor", At, Policy, Rules, earlier ?? []);
        return assessment;
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_a_score_of_59_9_fails()
    {
        // 0.6 × 50 + 0.4 × (49.5 + 100) / 2 = 59.9
        var result = Scored(Half, attitude: 49.5);

        Assert.Equal(59.9, result.Score);
        Assert.Equal(Grade.Failed, result.Grade);
        Assert.Equal(AssessmentConsequence.RemedialTraining, result.Consequence);
        Assert.Equal(0m, result.BonusYuan);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_a_score_of_60_0_is_qualified()
    {
        var result = Scored(Half, attitude: 50);

        Assert.Equal(60.0, result.Score);
        Assert.Equal(Grade.Qualified, result.Grade);
        Assert.Equal(AssessmentConsequence.BaseBonus, result.Consequence);
        Assert.Equal(0m, result.BonusYuan);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_a_score_of_89_9_is_qualified()
    {
        // 0.6 × 100 + 0.4 × (49.5 + 100) / 2 = 89.9
        var result = Scored(OnTarget, attitude: 49.5);

        Assert.Equal(89.9, result.Score);
        Assert.Equal(Grade.Qualified, result.Grade);
        Assert.False(result.PromotionPriority);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_a_score_of_90_0_is_excellent_with_300_yuan_and_promotion_priority()
    {
        var result = Scored(OnTarget, attitude: 50);

        Assert.Equal(90.0, result.Score);
        Assert.Equal(Grade.Excellent, result.Grade);
        Assert.Equal(AssessmentConsequence.ExcellentBonus, result.Consequence);
        Assert.Equal(300m, result.BonusYuan);
        Assert.True(result.PromotionPriority);
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_the_parts_are_kept_for_the_sheet_to_trace_the_score()
    {
        var result = Recorded(Half, penaltyPoints: 8);
        result.ScoreAttitude(70, "  耐心  ", "supervisor", At, Policy, Rules, []);

        Assert.Equal(50, result.Quantitative, 6);
        Assert.Equal(92, result.RuleCompliance);
        Assert.Equal(81, result.Qualitative!.Value, 6);
        Assert.Equal(62.4, result.Score); // 0.6 × 50 + 0.4 × 81
        Assert.Equal("耐心", result.AttitudeNote);
        Assert.Equal((2.25, 4), (result.Satisfaction!.Value, result.Ratings));
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_without_an_attitude_score_the_month_waits_with_no_score_and_no_consequence()
    {
        var result = Recorded(OnTarget);

        Assert.Equal(AssessmentStatus.AwaitingAttitude, result.Status);
        Assert.Null(result.Score);
        Assert.Null(result.Grade);
        Assert.Null(result.Consequence);
        Assert.False(result.NeedsConsequences);
        Assert.Equal(100, result.Quantitative, 6);

        result.ScoreAttitude(80, null, "supervisor", At, Policy, Rules, []);

        Assert.Equal(AssessmentStatus.Assessed, result.Status);
        Assert.Equal(96.0, result.Score);
        Assert.True(result.NeedsConsequences);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_re_run_replaces_the_computed_parts_and_keeps_the_attitude()
    {
        var result = Scored(Half, attitude: 50);

        result.Record(OnTarget, 0, final: true, At.AddHours(1), "hr", Policy, Rules, []);

        Assert.Equal(50, result.Attitude);
        Assert.Equal(90.0, result.Score);
        Assert.Equal(Grade.Excellent, result.Grade);
        Assert.Equal("hr", result.ComputedBy);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_month_so_far_is_provisional_and_a_final_month_stays_final()
    {
        var result = Recorded(OnTarget, final: false);
        result.ScoreAttitude(80, null, "supervisor", At, Policy, Rules, []);

        Assert.Equal(AssessmentStatus.Provisional, result.Status);
        Assert.False(result.NeedsConsequences);

        result.Record(OnTarget, 0, final: true, At, "system", Policy, Rules, []);
        result.Record(OnTarget, 0, final: false, At, "hr", Policy, Rules, []);

        Assert.Equal(AssessmentStatus.Assessed, result.Status);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_consequences_are_applied_once_and_again_only_when_they_change()
    {
        var result = Scored(Half, attitude: 40);
        Assert.True(result.NeedsConsequences);

        result.ConsequencesApplied(AssessmentConsequence.RemedialTraining, At);

        Assert.False(result.NeedsConsequences);
        result.Record(Half, 0, final: true, At, "system", Policy, Rules, []);
        Assert.False(result.NeedsConsequences);
        result.Record(Half, 0, final: true, At, "system", Policy, Rules, [Grade.Failed]);
        Assert.Equal(AssessmentConsequence.TerminationProposal, result.Consequence);
        Assert.True(result.NeedsConsequences);
    }

    [Fact]
    [Trait("Rule", "TRN-06")]
    public void TRN_06_the_second_failed_month_in_a_row_is_proposed_for_termination()
    {
        var second = Scored(Half, attitude: 10, earlier: [Grade.Failed]);
        var afterGood = Scored(Half, attitude: 10, earlier: [Grade.Qualified]);

        Assert.True(second.TerminationProposed);
        Assert.Equal(AssessmentConsequence.TerminationProposal, second.Consequence);
        Assert.Equal(2, second.ConsecutiveFailedMonths);
        Assert.False(afterGood.TerminationProposed);
        Assert.Equal(AssessmentConsequence.RemedialTraining, afterGood.Consequence);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_an_attitude_score_outside_0_to_100_is_refused(double attitude)
    {
        var result = Recorded(OnTarget);

        Assert.Throws<ArgumentOutOfRangeException>(() => result.ScoreAttitude(attitude, null, "supervisor", At, Policy, Rules, []));
        Assert.Null(result.Attitude);
    }

    [Fact]
    [Trait("Rule", "TRN-08")]
    public void TRN_08_the_talk_is_recorded_once_the_month_has_a_grade()
    {
        var waiting = Recorded(OnTarget);
        var refusal = Assert.Throws<InvalidTransitionException>(() => waiting.Review(new DateOnly(2026, 12, 2), "谈话", "计划", "supervisor", At));
        Assert.Equal("awaiting-attitude", refusal.CurrentStatus);

        var graded = Scored(OnTarget, 80);
        graded.Review(new DateOnly(2026, 12, 2), " 一对一谈话 ", "每周复盘两次", "supervisor", At);

        Assert.Equal((new DateOnly(2026, 12, 2), "一对一谈话", "每周复盘两次", "supervisor"), (graded.TalkedOn!.Value, graded.TalkSummary, graded.ImprovementPlan, graded.ReviewedBy));
    }
}
