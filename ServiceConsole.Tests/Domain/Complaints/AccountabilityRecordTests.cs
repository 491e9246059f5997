using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Complaints;

public sealed class AccountabilityRecordTests
{
    private readonly PenaltyPolicy _penalties = new(new PolicyOptions());

    private Complaint Verified(FaultParty fault, Severity severity = Severity.General, string? accountable = null)
    {
        var clock = DomainFixtures.Clock();
        var complaint = DomainFixtures.Register(clock, severity);
        complaint.Verify("查明原因", fault, _penalties, accountable, "supervisor", clock.GetUtcNow().AddMinutes(30));
        return complaint;
    }

    [Theory]
    [Trait("Rule", "CMP-11")]
    [InlineData(Severity.General, 200)]
    [InlineData(Severity.Major, 500)]
    public void CMP_11_a_courier_at_fault_loses_ten_points_and_is_fined_by_severity(Severity severity, int fine)
    {
        var record = Verified(FaultParty.Courier, severity, "快递员 王强").Accountability;

        Assert.NotNull(record);
        Assert.Equal((FaultParty.Courier, 10, (decimal)fine, "CMP-11", "快递员 王强"), (record.Party, record.Points, record.FineYuan, record.RuleId, record.Accountable));
        Assert.True(record.InForce);
    }

    [Fact]
    [Trait("Rule", "CMP-12")]
    public void CMP_12_an_agent_at_fault_loses_eight_points_and_no_fine()
    {
        var complaint = Verified(FaultParty.Agent, accountable: "A017");
        var record = complaint.Accountability;

        Assert.NotNull(record);
        Assert.Equal((8, 0m, "CMP-12", "A017"), (record.Points, record.FineYuan, record.RuleId, record.Accountable));
        Assert.Contains(complaint.History, h => h.Action == "accountability" && h.Note!.Contains("CMP-12", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(FaultParty.Customer)]
    [InlineData(FaultParty.None)]
    public void Nobody_is_penalised_when_the_customer_or_nobody_is_at_fault(FaultParty fault)
    {
        var complaint = Verified(fault);
        Assert.Null(complaint.Accountability);
        Assert.DoesNotContain(complaint.History, h => h.Action == "accountability");
    }

    [Fact]
    public void A_verification_without_the_penalty_policy_records_no_penalty()
    {
        var clock = DomainFixtures.Clock();
        var complaint = DomainFixtures.Register(clock);
        complaint.Verify("快递员未按约派送", FaultParty.Courier, "supervisor", clock.GetUtcNow());
        Assert.Null(complaint.Accountability);
    }

    [Fact]
    [Trait("Rule", "CMP-11")]
    public void A_re_verification_revises_the_one_record_instead_of_penalising_twice()
    {
        var clock = DomainFixtures.Clock();
        var deadlines = new ComplaintDeadlines(new PolicyOptions());
        var complaint = DomainFixtures.Register(clock);
        complaint.Verify("快递员未按约派送", FaultParty.Courier, _penalties, "王强", "supervisor", clock.GetUtcNow());
        var record = complaint.Accountability!;
        complaint.Propose(CompensationKind.Coupon, 10m, null, "supervisor", clock.GetUtcNow());
        complaint.Accept(deadlines, "supervisor", clock.GetUtcNow());
        complaint.RecordCallback(false, 2, "不满意", deadlines, "A001", clock.GetUtcNow());

        complaint.Verify("系统故障导致，非人员责任", FaultParty.None, _penalties, null, "supervisor", clock.GetUtcNow());

        Assert.Same(record, complaint.Accountability);
        Assert.False(record.InForce);
        Assert.Equal((0, 0m, "CMP-11"), (record.Points, record.FineYuan, record.RuleId));
        Assert.Null(record.Accountable);
        Assert.Equal(2, complaint.History.Count(h => h.Action == "accountability"));
    }
}
