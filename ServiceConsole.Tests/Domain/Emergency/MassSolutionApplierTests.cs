using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Emergency;

public sealed class MassSolutionApplierTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly MassIncident _incident;

    public MassSolutionApplierTests() => _incident = MassIncidentTests.Open(new PolicyOptions(), _clock.GetUtcNow());

    private Complaint Linked()
    {
        var complaint = MassIncidentTests.Complaint(_clock.GetUtcNow());
        _incident.Link(complaint, _clock.GetUtcNow());
        return complaint;
    }

    private static MassSolution Coupon(bool withFindings = true) => withFindings
        ? new MassSolution(CompensationKind.Coupon, 10m, "统一补偿", "网点爆仓导致延误", FaultParty.None)
        : new MassSolution(CompensationKind.Coupon, 10m, "统一补偿");

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_one_action_proposes_the_solution_on_every_linked_complaint_and_records_where()
    {
        var verified = Linked();
        verified.Verify("网点爆仓", FaultParty.None, "P001", _clock.GetUtcNow());
        var registered = Linked();
        _incident.DecideSolution(Coupon(), "P001", _clock.GetUtcNow());

        var result = MassSolutionApplier.Apply(_incident, [verified, registered], "P001", _clock.GetUtcNow());

        Assert.Equal([verified.Id, registered.Id], result.Applied);
        Assert.Empty(result.Skipped);
        Assert.All([verified, registered], c => Assert.Equal((CompensationKind.Coupon, 10m, "统一补偿"), (c.OpenRound!.Kind, c.OpenRound.Amount, c.OpenRound.Note)));
        Assert.Equal("网点爆仓导致延误", registered.Findings);
        Assert.All(_incident.Links, l => Assert.Equal(_clock.GetUtcNow(), l.SolutionAppliedAt));
        Assert.Empty(_incident.PendingSolution);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_applying_again_touches_only_complaints_not_done_yet()
    {
        var first = Linked();
        _incident.DecideSolution(Coupon(), "P001", _clock.GetUtcNow());
        MassSolutionApplier.Apply(_incident, [first], "P001", _clock.GetUtcNow());
        var later = Linked();

        var result = MassSolutionApplier.Apply(_incident, [first, later], "P001", _clock.GetUtcNow());

        Assert.Equal([later.Id], result.Applied);
        Assert.Equal([new MassSolutionSkip(first.Id, MassSolutionSkipReason.AlreadyApplied)], result.Skipped);
        Assert.Single(first.Rounds);
    }

    [Fact]
    [Trait("Rule", "CMP-08")]
    public void CMP_08_a_complaint_already_resolved_or_awaiting_an_answer_is_left_alone()
    {
        var deadlines = new ComplaintDeadlines(new PolicyOptions());
        var resolved = Linked();
        resolved.Verify("x", FaultParty.None, "P001", _clock.GetUtcNow());
        resolved.Propose(CompensationKind.Coupon, 5m, null, "P001", _clock.GetUtcNow());
        resolved.Accept(deadlines, "P001", _clock.GetUtcNow());
        var awaiting = Linked();
        awaiting.Verify("x", FaultParty.None, "P001", _clock.GetUtcNow());
        awaiting.Propose(CompensationKind.Cash, 50m, null, "P001", _clock.GetUtcNow());
        var stranger = MassIncidentTests.Complaint(_clock.GetUtcNow());
        _incident.DecideSolution(Coupon(), "P001", _clock.GetUtcNow());

        var result = MassSolutionApplier.Apply(_incident, [resolved, awaiting, stranger], "P001", _clock.GetUtcNow());

        Assert.Empty(result.Applied);
        Assert.Equal(
            [MassSolutionSkipReason.AlreadyResolved, MassSolutionSkipReason.ProposalOpen, MassSolutionSkipReason.NotLinked],
            result.Skipped.Select(s => s.Reason));
        Assert.Equal(CompensationKind.Cash, awaiting.OpenRound!.Kind);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void CMP_04_without_common_findings_an_unverified_complaint_is_not_proposed_on()
    {
        var registered = Linked();
        _incident.DecideSolution(Coupon(withFindings: false), "P001", _clock.GetUtcNow());

        var result = MassSolutionApplier.Apply(_incident, [registered], "P001", _clock.GetUtcNow());

        Assert.Equal(MassSolutionSkipReason.NotVerified, Assert.Single(result.Skipped).Reason);
        Assert.Equal(ComplaintStatus.Registered, registered.Status);
        Assert.Equal([registered.Id], _incident.PendingSolution);
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public void EMG_04_the_solution_is_fixed_once_offered_and_needed_before_applying()
    {
        var complaint = Linked();
        Assert.Throws<InvalidTransitionException>(() => MassSolutionApplier.Apply(_incident, [complaint], "P001", _clock.GetUtcNow()));

        _incident.DecideSolution(Coupon(), "P001", _clock.GetUtcNow());
        _incident.DecideSolution(new MassSolution(CompensationKind.Coupon, 20m, null, "网点爆仓", FaultParty.None), "P001", _clock.GetUtcNow());
        Assert.Equal(20m, _incident.Solution!.Amount);

        MassSolutionApplier.Apply(_incident, [complaint], "P001", _clock.GetUtcNow());
        Assert.Throws<InvalidTransitionException>(() => _incident.DecideSolution(Coupon(), "P001", _clock.GetUtcNow()));
    }

    [Fact]
    public void A_solution_needs_a_valid_amount_and_findings_with_their_fault_party()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MassSolution(CompensationKind.Cash, -1m, null));
        Assert.Throws<ArgumentException>(() => new MassSolution(CompensationKind.Cash, 10m, null, "网点爆仓"));
        Assert.Throws<ArgumentException>(() => new MassSolution(CompensationKind.Cash, 10m, null, null, FaultParty.None));
        Assert.Equal(0m, new MassSolution(CompensationKind.Repair, 0m, "  ").Amount);
    }
}
