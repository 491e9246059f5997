using ServiceConsole.Domain;
using ServiceConsole.Domain.Security;

namespace ServiceConsole.Tests.Domain.Security;

/// <summary>INF-10/INF-11 in the aggregate: the leak threshold, the police referral and the plan clock.</summary>
public sealed class SecurityIncidentTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "INF-10")]
    public void A_leak_is_suspected_only_above_the_limit_and_is_flagged_for_the_police()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SecurityIncident.SuspectLeak(Guid.NewGuid(), "agent", 50, 50, 60, At));

        var incident = SecurityIncident.SuspectLeak(Guid.NewGuid(), "agent", 51, 50, 60, At);

        Assert.True(incident.PoliceReferral);
        Assert.Equal(SecurityIncidentKind.SuspectedLeak, incident.Kind);
        Assert.Throws<InvalidTransitionException>(() => incident.StartPlan("admin", At));
    }

    [Fact]
    [Trait("Rule", "INF-11")]
    public void The_plan_is_met_up_to_its_due_time_and_breached_after_it_once()
    {
        var customers = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var onTime = SecurityIncident.OpenDataLoss(Guid.NewGuid(), "磁盘损坏", customers, 50, 2, "admin", At);
        var late = SecurityIncident.OpenDataLoss(Guid.NewGuid(), "磁盘损坏", customers, 50, 2, "admin", At);

        Assert.False(onTime.RecordDueBreach(At.AddHours(2)));
        onTime.StartPlan("admin", At.AddHours(2));
        Assert.True(late.RecordDueBreach(At.AddHours(2).AddSeconds(1)));
        Assert.False(late.RecordDueBreach(At.AddHours(3)));

        Assert.Null(onTime.PlanBreachedAt);
        Assert.NotNull(late.PlanBreachedAt);
        Assert.False(onTime.PoliceReferral); // two customers, under the INF-10 limit
        Assert.True(onTime.Notify(customers[0], "admin", At.AddHours(1)));
        Assert.False(onTime.Notify(customers[0], "admin", At.AddHours(1)));
    }
}
