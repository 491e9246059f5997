using ServiceConsole.Domain.Alerts;

namespace ServiceConsole.Tests.Domain.Alerts;

public sealed class ClockAlertTests
{
    private static readonly DateTimeOffset Due = DomainFixtures.Start.AddHours(1);

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void A_breach_alert_names_the_rule_the_clock_and_the_owner()
    {
        var id = Guid.NewGuid();
        var alert = ClockAlert.Raise(ClockAlertKind.Breach, "CMP-04", "verify", ClockSubject.Complaint, id, "A001", "李先生 · YD1", Due, Due.AddSeconds(1), isDrill: false);

        Assert.Equal((id, "verify", ClockAlertKind.Breach, Due), alert.Key);
        Assert.Equal(("CMP-04", "A001", "李先生 · YD1"), (alert.RuleId, alert.AgentCode, alert.Subject));
    }

    [Fact]
    public void A_warning_cannot_be_raised_after_its_deadline()
    {
        var id = Guid.NewGuid();
        Assert.NotNull(ClockAlert.Raise(ClockAlertKind.Warning, "SVC-05", "promise", ClockSubject.Callback, id, "A001", "", Due, Due, false));
        Assert.Throws<ArgumentException>(() =>
            ClockAlert.Raise(ClockAlertKind.Warning, "SVC-05", "promise", ClockSubject.Callback, id, "A001", "", Due, Due.AddTicks(1), false));
    }

    [Fact]
    public void An_alert_needs_a_rule_a_clock_and_a_subject()
    {
        Assert.Throws<ArgumentException>(() => ClockAlert.Raise(ClockAlertKind.Breach, " ", "verify", ClockSubject.Complaint, Guid.NewGuid(), null, "", Due, Due, false));
        Assert.Throws<ArgumentException>(() => ClockAlert.Raise(ClockAlertKind.Breach, "CMP-04", "", ClockSubject.Complaint, Guid.NewGuid(), null, "", Due, Due, false));
        Assert.Throws<ArgumentException>(() => ClockAlert.Raise(ClockAlertKind.Breach, "CMP-04", "verify", ClockSubject.Complaint, Guid.Empty, null, "", Due, Due, false));
    }
}
