using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class ClockWarningPolicyTests
{
    private static readonly DateTimeOffset Due = DomainFixtures.Start.AddHours(1);

    private static ClockWarningPolicy Policy(double leadMinutes = 15) =>
        new(new PolicyOptions { Clocks = new ClockOptions { WarningLeadMinutes = leadMinutes } });

    [Fact]
    public void The_warning_goes_out_fifteen_minutes_before_the_deadline_by_default()
    {
        Assert.Equal(15, new PolicyOptions().Clocks.WarningLeadMinutes);
        Assert.Equal(Due.AddMinutes(-15), Policy().WarnAt(Due, DomainFixtures.Start));
    }

    [Fact]
    public void With_less_than_the_lead_left_the_warning_goes_out_at_once()
    {
        var now = Due.AddMinutes(-15).AddSeconds(1);
        Assert.Equal(now, Policy().WarnAt(Due, now));

        var earlier = Due.AddMinutes(-15).AddSeconds(-1);
        Assert.Equal(Due.AddMinutes(-15), Policy().WarnAt(Due, earlier));
    }

    [Fact]
    public void A_deadline_already_reached_gets_no_warning_only_a_breach()
    {
        Assert.Null(Policy().WarnAt(Due, Due));
        Assert.NotNull(Policy().WarnAt(Due, Due.AddTicks(-1)));
        Assert.True(Policy().StillWorthWarning(Due, Due));
        Assert.False(Policy().StillWorthWarning(Due, Due.AddTicks(1)));
    }

    [Fact]
    public void The_lead_is_configurable_and_zero_turns_warnings_off()
    {
        Assert.Equal(Due.AddMinutes(-30), Policy(30).WarnAt(Due, DomainFixtures.Start));
        Assert.Null(Policy(0).WarnAt(Due, DomainFixtures.Start));
        Assert.False(Policy(0).StillWorthWarning(Due, DomainFixtures.Start));
    }

    [Fact]
    public void A_negative_lead_fails_validation_with_its_key()
    {
        var errors = PolicyOptionsValidator.Validate(new PolicyOptions { Clocks = new ClockOptions { WarningLeadMinutes = -1 } });
        Assert.Contains(errors, e => e.Contains("Policy:Clocks:WarningLeadMinutes", StringComparison.Ordinal));
    }
}
