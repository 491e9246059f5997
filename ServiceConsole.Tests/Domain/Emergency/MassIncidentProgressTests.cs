using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class MassIncidentProgressTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly PolicyOptions _options = new();
    private readonly ComplaintDeadlines _deadlines = new(new PolicyOptions());

    private (MassIncident Incident, Complaint A, Complaint B) OpenWithTwo()
    {
        var incident = MassIncidentTests.Open(_options, _clock.GetUtcNow());
        var a = MassIncidentTests.Complaint(_clock.GetUtcNow());
        var b = MassIncidentTests.Complaint(_clock.GetUtcNow());
        incident.Link(a, _clock.GetUtcNow());
        incident.Link(b, _clock.GetUtcNow());
        return (incident, a, b);
    }

    private void Resolve(Complaint complaint, DateTimeOffset at)
    {
        complaint.Verify("网点爆仓", FaultParty.None, "P001", at);
        complaint.Propose(CompensationKind.Coupon, 10m, null, "P001", at);
        complaint.Accept(_deadlines, "P001", at);
    }

    private static IEnumerable<LinkedComplaintState> States(params Complaint[] complaints) => complaints.Select(LinkedComplaintState.Of);

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_progress_counts_resolved_linked_complaints_out_of_all_linked()
    {
        var (incident, a, b) = OpenWithTwo();
        Assert.Equal(new MassIncidentProgress(0, 2, null), incident.UpdateProgress(States(a, b), _clock.GetUtcNow()));

        Resolve(a, _clock.GetUtcNow().AddHours(3));
        var half = incident.UpdateProgress(States(a, b), _clock.GetUtcNow().AddHours(3));

        Assert.Equal((1, 2, 0.5, false), (half.Resolved, half.Total, half.Ratio, half.IsComplete));
        Assert.Equal(1, incident.ResolvedCount);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_linked_complaint_missing_from_the_states_counts_as_unresolved()
    {
        var (incident, a, _) = OpenWithTwo();
        Resolve(a, _clock.GetUtcNow());

        var progress = incident.UpdateProgress([LinkedComplaintState.Of(a), LinkedComplaintState.Of(MassIncidentTests.Complaint(_clock.GetUtcNow()))], _clock.GetUtcNow());

        Assert.Equal((1, 2), (progress.Resolved, progress.Total));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_all_resolved_at_the_48th_hour_meets_the_clock()
    {
        var (incident, a, b) = OpenWithTwo();
        Resolve(a, _clock.GetUtcNow().AddHours(10));
        Resolve(b, incident.ResolveDueAt);

        var progress = incident.UpdateProgress(States(a, b), incident.ResolveDueAt.AddHours(5));

        Assert.True(progress.IsComplete);
        Assert.Equal(incident.ResolveDueAt, progress.AllResolvedAt);
        Assert.DoesNotContain(incident.Breaches, x => x.Clock == EmergencyClocks.ResolveAll);
        Assert.Equal(ClockOutcome.Met, incident.ResolveAllClock.OutcomeAt(incident.ResolveDueAt.AddDays(1)));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_last_complaint_resolved_one_second_after_the_48th_hour_is_a_breach()
    {
        var (incident, a, b) = OpenWithTwo();
        incident.PublishPlan("方案", "S001", _clock.GetUtcNow());
        Resolve(a, _clock.GetUtcNow());
        Resolve(b, incident.ResolveDueAt.AddSeconds(1));

        incident.UpdateProgress(States(a, b), incident.ResolveDueAt.AddSeconds(1));

        var breach = Assert.Single(incident.Breaches);
        Assert.Equal(("EMG-04", EmergencyClocks.ResolveAll, incident.ResolveDueAt), (breach.RuleId, breach.Clock, breach.DueAt));
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_complaints_still_open_past_the_48th_hour_are_a_breach_recorded_once()
    {
        var (incident, a, b) = OpenWithTwo();
        incident.PublishPlan("方案", "S001", _clock.GetUtcNow());

        incident.UpdateProgress(States(a, b), incident.ResolveDueAt);
        Assert.Empty(incident.Breaches);

        incident.UpdateProgress(States(a, b), incident.ResolveDueAt.AddSeconds(1));
        incident.UpdateProgress(States(a, b), incident.ResolveDueAt.AddHours(1));
        Assert.Equal(EmergencyClocks.ResolveAll, Assert.Single(incident.Breaches).Clock);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_a_reopened_complaint_makes_the_incident_unresolved_again()
    {
        var (incident, a, b) = OpenWithTwo();
        Resolve(a, _clock.GetUtcNow());
        Resolve(b, _clock.GetUtcNow());
        Assert.True(incident.UpdateProgress(States(a, b), _clock.GetUtcNow()).IsComplete);

        b.RecordCallback(false, 2, "仍未收到", _deadlines, "A005", _clock.GetUtcNow().AddHours(1));
        var progress = incident.UpdateProgress(States(a, b), _clock.GetUtcNow().AddHours(1));

        Assert.Equal((1, false), (progress.Resolved, progress.IsComplete));
        Assert.Null(incident.AllResolvedAt);
    }

    [Fact]
    public void An_incident_with_nothing_linked_is_at_zero_and_never_late_for_resolution()
    {
        var incident = MassIncidentTests.Open(_options, _clock.GetUtcNow());
        incident.PublishPlan("方案", "S001", _clock.GetUtcNow());

        var progress = incident.UpdateProgress([], incident.ResolveDueAt.AddDays(1));

        Assert.Equal((0, 0.0, false), (progress.Total, progress.Ratio, progress.IsComplete));
        Assert.Empty(incident.Breaches);
    }
}
