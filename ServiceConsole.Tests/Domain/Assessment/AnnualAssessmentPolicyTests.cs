using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Assessment;

/// <summary>TRN-03: the annual assessment from the monthly results, the customer ratings and the training file.</summary>
public sealed class AnnualAssessmentPolicyTests
{
    private readonly AnnualAssessmentPolicy _policy = new(new PolicyOptions());

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_the_three_parts_are_weighted_60_20_20()
    {
        // Monthly mean 80; ratings 4.05 of 4.5 → 90; training 3 of 4 passed → 75.
        var score = _policy.Assess([70, 90, 80], 4.05, 3, 4);

        Assert.Equal(80, score.MonthlyAverage!.Value, 6);
        Assert.Equal(90, score.RatingScore!.Value, 6);
        Assert.Equal(75, score.TrainingScore!.Value, 6);
        Assert.Equal(81.0, score.Score); // 0.6 × 80 + 0.2 × 90 + 0.2 × 75
        Assert.Equal(Grade.Qualified, score.Grade);
        Assert.Equal(3, score.MonthsScored);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_a_part_without_data_is_left_out_and_the_others_carry_its_weight()
    {
        var score = _policy.Assess([92, 94], null, 0, 0);

        Assert.Null(score.RatingScore);
        Assert.Null(score.TrainingScore);
        Assert.Equal(93.0, score.Score);
        Assert.Equal(Grade.Excellent, score.Grade);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_no_monthly_result_means_no_annual_score()
    {
        var score = _policy.Assess([], 4.8, 2, 2);

        Assert.Null(score.Score);
        Assert.Null(score.Grade);
        Assert.Equal(100, score.RatingScore!.Value, 6);
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_the_weights_are_options()
    {
        var options = new PolicyOptions();
        (options.Training.AnnualMonthlyWeight, options.Training.AnnualRatingWeight, options.Training.AnnualTrainingWeight) = (1, 0, 0);

        Assert.Equal(55.0, new AnnualAssessmentPolicy(options).Assess([55], 5, 1, 1).Score);
        Assert.Equal(Grade.Failed, new AnnualAssessmentPolicy(options).Assess([55], 5, 1, 1).Grade);
    }
}
