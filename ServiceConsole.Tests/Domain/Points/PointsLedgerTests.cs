using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Points;

/// <summary>What the points ledger reads from complaints (CMP-11/12) and what a norm violation records (SVC-10).</summary>
public sealed class PointsLedgerTests
{
    private static readonly PolicyOptions Options = new();
    private readonly PenaltyPolicy _penalties = new(Options);
    private readonly ComplaintDeadlines _deadlines = new(Options);

    private Complaint Registered(ComplaintCategory category = ComplaintCategory.UnclearAnswer, bool isDrill = false) =>
        Complaint.Register(DomainFixtures.Registration(category, delayDays: null, isDrill: isDrill), Severity.General, _deadlines, "A001", DomainFixtures.Start);

    private Complaint Verified(FaultParty party, string? accountable, bool isDrill = false)
    {
        var complaint = Registered(isDrill: isDrill);
        complaint.Verify("核实完毕", party, _penalties, accountable, "specialist", DomainFixtures.Start.AddHours(1));
        return complaint;
    }

    [Fact]
    [Trait("Rule", "CMP-11")]
    public void CMP_11_a_courier_at_fault_is_a_courier_entry_of_minus_ten_points_from_the_complaint()
    {
        var complaint = Verified(FaultParty.Courier, "快递员 王强");

        var entry = PointsEntry.FromAccountability(complaint.Accountability!, complaint.Findings);

        Assert.NotNull(entry);
        Assert.Equal((PointsSubject.Courier, "快递员 王强", -10, "CMP-11", PointsSource.Complaint), (entry.Subject, entry.Code, entry.Points, entry.RuleId, entry.Source));
        Assert.Equal((complaint.Id, "核实完毕", "specialist"), (entry.ComplaintId!.Value, entry.Reason, entry.RecordedBy));
    }

    [Fact]
    [Trait("Rule", "CMP-12")]
    public void CMP_12_an_agent_at_fault_is_an_agent_entry_of_minus_eight_points()
    {
        var complaint = Verified(FaultParty.Agent, "A007");

        var entry = PointsEntry.FromAccountability(complaint.Accountability!, complaint.Findings);

        Assert.Equal((PointsSubject.Agent, "A007", -8, "CMP-12"), (entry!.Subject, entry.Code, entry.Points, entry.RuleId));
    }

    [Fact]
    [Trait("Rule", "CMP-12")]
    public void CMP_12_withdrawn_accountability_a_drill_or_nobody_named_puts_nothing_in_the_ledger()
    {
        var withdrawn = Verified(FaultParty.Agent, "A007");
        withdrawn.Propose(CompensationKind.Coupon, 10, null, "A001", DomainFixtures.Start.AddHours(2));
        withdrawn.Accept(_deadlines, "A001", DomainFixtures.Start.AddHours(3));
        withdrawn.RecordCallback(false, 2, null, _deadlines, "A001", DomainFixtures.Start.AddHours(4));
        withdrawn.Verify("重新核实:客户原因", FaultParty.Customer, _penalties, null, "specialist", DomainFixtures.Start.AddHours(5));

        Assert.False(withdrawn.Accountability!.InForce);
        Assert.Null(PointsEntry.FromAccountability(withdrawn.Accountability, withdrawn.Findings));
        Assert.Null(PointsEntry.FromAccountability(Verified(FaultParty.Agent, "A007", isDrill: true).Accountability!, null));
        Assert.Null(PointsEntry.FromAccountability(Verified(FaultParty.Courier, null).Accountability!, null));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_a_norm_violation_against_a_verified_complaint_costs_the_agent_five_points()
    {
        var complaint = Verified(FaultParty.Agent, "A007");

        var violation = NormViolation.ForComplaint(Guid.NewGuid(), complaint, " A007 ", " 未按规范核实地址 ", _penalties, "supervisor", DomainFixtures.Start.AddHours(2));
        var entry = PointsEntry.FromViolation(violation);

        Assert.Equal((PointsSubject.Agent, "A007", -5, "SVC-10", PointsSource.Complaint), (entry.Subject, entry.Code, entry.Points, entry.RuleId, entry.Source));
        Assert.Equal((complaint.Id, "未按规范核实地址", "supervisor"), (entry.ComplaintId!.Value, entry.Reason, entry.RecordedBy));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_the_points_follow_the_configured_number_and_a_direct_violation_has_no_complaint()
    {
        var options = new PolicyOptions();
        options.Service.NormViolationPenaltyPoints = 6;

        var violation = NormViolation.Direct(Guid.NewGuid(), "A007", "通话中未使用标准结束语", new PenaltyPolicy(options), "supervisor", DomainFixtures.Start);

        Assert.Equal((6, PointsSource.Violation, (Guid?)null), (violation.Points, violation.Source, violation.ComplaintId));
        Assert.Equal(-6, PointsEntry.FromViolation(violation).Points);
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_an_unverified_complaint_is_refused_a_drill_complaint_is_invalid_and_a_reason_is_required()
    {
        var refused = Assert.Throws<InvalidTransitionException>(() =>
            NormViolation.ForComplaint(Guid.NewGuid(), Registered(), "A007", "原因", _penalties, "supervisor", DomainFixtures.Start));
        Assert.Equal("registered", refused.CurrentStatus);
        Assert.Equal("complaintId", Assert.Throws<ArgumentException>(() =>
            NormViolation.ForComplaint(Guid.NewGuid(), Verified(FaultParty.Agent, "A007", isDrill: true), "A007", "原因", _penalties, "supervisor", DomainFixtures.Start)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() =>
            NormViolation.Direct(Guid.NewGuid(), "A007", " ", _penalties, "supervisor", DomainFixtures.Start)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() =>
            NormViolation.Direct(Guid.NewGuid(), "A007", new string('长', NormViolation.MaxReasonLength + 1), _penalties, "supervisor", DomainFixtures.Start)).ParamName);
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_one_violation_per_complaint_the_same_agent_again_is_the_same_finding_another_is_refused()
    {
        var violation = NormViolation.ForComplaint(Guid.NewGuid(), Verified(FaultParty.Agent, "A007"), "A007", "原因", _penalties, "supervisor", DomainFixtures.Start);

        violation.EnsureSameAgent("A007");
        Assert.Throws<InvalidTransitionException>(() => violation.EnsureSameAgent("A008"));
    }

    [Fact]
    public void A_centre_month_runs_from_its_first_midnight_in_the_centre_to_the_next_months()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.True(CentreMonth.TryParse("2026-12", out var december));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), december.StartIn(zone));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), december.EndIn(zone));
        Assert.Equal("2026-11", december.Previous.ToString());
        Assert.Equal("2027-01", december.Next.ToString());
        Assert.Equal(december, CentreMonth.Of(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), zone));
        Assert.Equal("2026-11", CentreMonth.Of(new DateTimeOffset(2026, 11, 30, 15, 59, 59, TimeSpan.Zero), zone).ToString());
        Assert.False(CentreMonth.TryParse("2026-13", out _));
        Assert.False(CentreMonth.TryParse("1999-12", out _));
        Assert.False(CentreMonth.TryParse(null, out _));
    }
}
