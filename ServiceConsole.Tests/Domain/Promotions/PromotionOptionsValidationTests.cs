using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Promotions;

/// <summary>The promotion numbers are validated like every policy number.</summary>
public sealed class PromotionOptionsValidationTests
{
    private static IReadOnlyList<string> Errors(Action<PromotionOptions> change)
    {
        var options = new PolicyOptions();
        change(options.Promotion);
        return PolicyOptionsValidator.Validate(options);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_the_defaults_are_valid_and_remind_a_day_before_the_seven_days_end()
    {
        Assert.Empty(Errors(_ => { }));
        var defaults = new PromotionOptions();
        Assert.Equal((7, 7, 3, 24), (defaults.FirstReviewDays, defaults.PublicityDays, defaults.EvaluationMonths, defaults.FirstReviewReminderHoursBefore));
    }

    [Theory]
    [Trait("Rule", "PRM-03")]
    [InlineData(-1)]
    [InlineData(168)]
    public void PRM_03_a_reminder_before_the_application_or_negative_stops_start_up(int hours)
    {
        Assert.Contains(Errors(o => o.FirstReviewReminderHoursBefore = hours), e => e.Contains("Policy:Promotion:FirstReviewReminderHoursBefore", StringComparison.Ordinal));
    }
}
