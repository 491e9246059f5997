using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class AssessmentPolicyTests
{
    private readonly AssessmentPolicy _policy = new(new PolicyOptions());

    private static KpiResult Kpi(double? compliance, double? fcr, double? satisfaction) =>
        new(compliance, fcr, satisfaction, 10, 10, 10);

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_score_is_sixty_percent_kpis_and_forty_percent_qualitative()
    {
        // Quantitative: min(1, .95/.95)=1, .81/.9=.9, 4.05/4.5=.9 → mean .9333… → 93.33;
        // qualitative: (80 + 90) / 2 = 85; 0.6 × 93.33 + 0.4 × 85 = 90.0
        var result = _policy.Assess(Kpi(0.95, 0.81, 4.05), attitudeScore: 80, ruleComplianceScore: 90);

        Assert.Equal(90.0, result.Score);
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_beating_a_target_earns_no_more_than_meeting_it() =>
        Assert.Equal(100.0, _policy.QuantitativeScore(Kpi(1.0, 1.0, 5.0)));

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_a_kpi_without_data_is_left_out_of_the_mean() =>
        Assert.Equal(50.0, _policy.QuantitativeScore(Kpi(null, 0.45, null)));

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_no_kpi_data_at_all_gives_no_quantitative_points()
    {
        var result = _policy.Assess(new KpiResult(null, null, null, 0, 0, 0), 100, 100);

        Assert.Equal(40.0, result.Score);
        Assert.Equal(Grade.Failed, result.Grade);
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_score_is_rounded_to_one_decimal()
    {
        // Quantitative 100 × (1 + 0.5 + 1)/3 = 83.333…; 0.6 × 83.333 + 0.4 × 70 = 78.0
        Assert.Equal(78.0, _policy.Assess(Kpi(1, 0.45, 5), 70, 70).Score);
        // 0.6 × 100 + 0.4 × 77.25 = 90.9
        Assert.Equal(90.9, _policy.Assess(Kpi(1, 1, 5), 77.25, 77.25).Score);
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void Rule_compliance_is_one_hundred_minus_penalty_points_never_below_zero()
    {
        Assert.Equal(100, _policy.RuleComplianceScore(0));
        Assert.Equal(82, _policy.RuleComplianceScore(18));
        Assert.Equal(0, _policy.RuleComplianceScore(130));
    }

    [Theory]
    [Trait("Rule", "TRN-05")]
    [InlineData(75.0, 75.0, Grade.Excellent, 300)]   // 60 + 0.4 × 75 = 90.0
    [InlineData(74.75, 74.75, Grade.Qualified, 0)]   // 60 + 29.9 = 89.9
    [InlineData(0.0, 0.0, Grade.Qualified, 0)]       // 60.0
    public void TRN_05_grade_boundaries_at_ninety_and_sixty(double attitude, double rules, Grade grade, int bonus)
    {
        var result = _policy.Assess(Kpi(1, 1, 5), attitude, rules);

        Assert.Equal(grade, result.Grade);
        Assert.Equal(bonus, result.BonusYuan);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_below_sixty_fails_with_no_bonus()
    {
        // 0.6 × 100 × 0.98 = 58.8, qualitative 0 → 58.8
        var result = _policy.Assess(Kpi(0.931, 0.882, 4.41), 0, 0);

        Assert.Equal(58.8, result.Score);
        Assert.Equal(Grade.Failed, result.Grade);
        Assert.Equal(0m, result.BonusYuan);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void Changing_weights_thresholds_and_bonus_changes_the_result()
    {
        var options = new PolicyOptions();
        options.Training.QuantitativeWeight = 0.5;
        options.Training.QualitativeWeight = 0.5;
        options.Training.ExcellentScore = 80;
        options.Training.ExcellentBonusYuan = 500m;

        var result = new AssessmentPolicy(options).Assess(Kpi(1, 1, 5), 60, 60);

        Assert.Equal(new AssessmentResult(80.0, Grade.Excellent, 500m), result);
    }

    [Theory]
    [InlineData(-1, 50, "attitudeScore")]
    [InlineData(50, 100.5, "ruleComplianceScore")]
    public void Qualitative_scores_outside_zero_to_hundred_are_rejected(double attitude, double rules, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _policy.Assess(Kpi(1, 1, 5), attitude, rules));
        Assert.Equal(param, ex.ParamName);
    }
}
