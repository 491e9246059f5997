using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Complaints;

public sealed class ComplaintEvidenceTests
{
    [Fact]
    [Trait("Rule", "CMP-04")]
    public void CMP_04_the_verifications_evidence_is_kept_one_entry_per_kind_and_revised_when_recorded_again()
    {
        var clock = DomainFixtures.Clock();
        var complaint = DomainFixtures.Register(clock);

        complaint.RecordEvidence(EvidenceKind.Courier, "快递员称已按时派送", "specialist", clock.GetUtcNow());
        complaint.RecordEvidence(EvidenceKind.Video, null, "specialist", clock.GetUtcNow().AddMinutes(5));
        complaint.RecordEvidence(EvidenceKind.Courier, "快递员改口:延误两天", "specialist2", clock.GetUtcNow().AddMinutes(9));

        Assert.Equal([EvidenceKind.Courier, EvidenceKind.Video], complaint.Evidence.Select(e => e.Kind).Order());
        var courier = complaint.Evidence.Single(e => e.Kind == EvidenceKind.Courier);
        Assert.Equal(("快递员改口:延误两天", "specialist2"), (courier.Note, courier.RecordedBy));
        Assert.Equal(3, complaint.History.Count(h => h.Action == "evidence"));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void A_closed_complaint_takes_no_more_evidence()
    {
        var clock = DomainFixtures.Clock();
        var deadlines = new ComplaintDeadlines(new PolicyOptions());
        var complaint = DomainFixtures.Register(clock);
        complaint.Verify("网点延误", FaultParty.None, "specialist", clock.GetUtcNow());
        complaint.Propose(CompensationKind.Coupon, 10m, null, "specialist", clock.GetUtcNow());
        complaint.Accept(deadlines, "specialist", clock.GetUtcNow());
        complaint.RecordCallback(true, 5, null, deadlines, "specialist", clock.GetUtcNow());

        Assert.Throws<InvalidTransitionException>(() => complaint.RecordEvidence(EvidenceKind.Video, null, "specialist", clock.GetUtcNow()));
    }
}
