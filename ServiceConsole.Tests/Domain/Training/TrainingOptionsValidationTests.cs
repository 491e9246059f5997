using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Training;

/// <summary>The training numbers added for TRN-01, TRN-02 and SVC-11 are validated like every policy number.</summary>
public sealed class TrainingOptionsValidationTests
{
    private static IReadOnlyList<string> Errors(Action<PolicyOptions> change)
    {
        var options = new PolicyOptions();
        change(options);
        return PolicyOptionsValidator.Validate(options);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(PolicyOptionsValidator.Validate(new PolicyOptions()));
        var defaults = new PolicyOptions();
        Assert.Equal((60.0, 24, 60, 7), (defaults.Training.OnboardingExamPassScore, defaults.Training.FirstReminderHoursBefore,
            defaults.Training.LastReminderMinutesBefore, defaults.Service.AttitudeTrainingFailSuspensionDays));
    }

    [Theory]
    [Trait("Rule", "TRN-01")]
    [InlineData(3, 60, "Policy:Training:OnboardingDays")]
    [InlineData(7, 0, "Policy:Training:OnboardingExamPassScore")]
    [InlineData(7, 100.5, "Policy:Training:OnboardingExamPassScore")]
    public void TRN_01_a_plan_too_short_for_its_parts_or_a_pass_mark_outside_0_to_100_stops_start_up(int days, double passScore, string key)
    {
        var errors = Errors(o => (o.Training.OnboardingDays, o.Training.OnboardingExamPassScore) = (days, passScore));

        Assert.Contains(errors, e => e.StartsWith(key, StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "TRN-02")]
    [InlineData(1, 60, false)]
    [InlineData(1, 59, true)]
    [InlineData(0, 60, true)]
    [InlineData(24, 0, true)]
    [InlineData(-1, 60, false)]
    public void TRN_02_the_first_reminder_comes_before_the_last_and_none_is_negative(int firstHours, int lastMinutes, bool valid)
    {
        var errors = Errors(o => (o.Training.FirstReminderHoursBefore, o.Training.LastReminderMinutesBefore) = (firstHours, lastMinutes));

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_the_suspension_after_a_failed_service_norm_training_lasts_at_least_a_day()
    {
        Assert.Contains(Errors(o => o.Service.AttitudeTrainingFailSuspensionDays = 0), e => e.Contains("AttitudeTrainingFailSuspensionDays", StringComparison.Ordinal));
    }
}
