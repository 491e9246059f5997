using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Complaints;

public sealed class AccountabilityRecordTests
{
    private readonly PenaltyPolicy _penalties = new(new PolicyOptions());

    private static Complaint Verified(FaultParty fault, Severity severity = Severity.General)
    {
        var clock = DomainFixtures.Clock();
        var complaint = DomainFixtures.Register(clock, severity);
        complaint.Verify("查明原因", fault, "supervisor", clock.GetUtcNow().AddMinutes(30));
        return complaint;
    }

    [Theory]
    [Trait("Rule", "CMP-11")]
    [InlineData(Severity.General, 200)]
    [InlineData(Severity.Major, 500)]
    public void CMP_11_a_courier_at_fault_loses_ten_points_and_is_fined_by_severity(Severity severity, int fine)
    {
        var complaint = Verified(FaultParty.Courier, severity);

        var record = AccountabilityRecord.For(complaint, _penalties, "快递员 王强", "supervisor", DomainFixtures.Start);

        Assert.NotNull(record);
        Assert.Equal((FaultParty.Courier, 10, (decimal)fine, "CMP-11", "快递员 王强"), (record.Party, record.Points, record.FineYuan, record.RuleId, record.Accountable));
        Assert.True(record.InForce);
    }

    [Fact]
    [Trait("Rule", "CMP-12")]
    public void CMP_12_an_agent_at_fault_loses_eight_points_and_no_fine()
    {
        var record = AccountabilityRecord.For(Verified(FaultParty.Agent), _penalties, "A017", "supervisor", DomainFixtures.Start);

        Assert.NotNull(record);
        Assert.Equal((8, 0m, "CMP-12", "A017"), (record.Points, record.FineYuan, record.RuleId, record.Accountable));
    }

    [Theory]
    [InlineData(FaultParty.Customer)]
    [InlineData(FaultParty.None)]
    public void Nobody_is_penalised_when_the_customer_or_nobody_is_at_fault(FaultParty fault) =>
        Assert.Null(AccountabilityRecord.For(Verified(fault), _penalties, null, "supervisor", DomainFixtures.Start));

    [Fact]
    [Trait("Rule", "CMP-11")]
    public void A_re_verification_revises_the_one_record_instead_of_penalising_twice()
    {
        var clock = DomainFixtures.Clock();
        var complaint = DomainFixtures.Register(clock);
        complaint.Verify("快递员未按约派送", FaultParty.Courier, "supervisor", clock.GetUtcNow());
        var record = AccountabilityRecord.For(complaint, _penalties, "王强", "supervisor", clock.GetUtcNow())!;
        complaint.Propose(CompensationKind.Coupon, 10m, null, "supervisor", clock.GetUtcNow());
        complaint.Accept(new ComplaintDeadlines(new PolicyOptions()), "supervisor", clock.GetUtcNow());
        complaint.RecordCallback(false, 2, "不满意", new ComplaintDeadlines(new PolicyOptions()), "A001", clock.GetUtcNow());
        complaint.Verify("系统故障导致，非人员责任", FaultParty.None, "supervisor", clock.GetUtcNow());

        Assert.False(record.Revise(complaint, _penalties, null, "supervisor", clock.GetUtcNow()));

        Assert.False(record.InForce);
        Assert.Equal((0, 0m, "CMP-11"), (record.Points, record.FineYuan, record.RuleId));
        Assert.Null(record.Accountable);
    }

    [Fact]
    public void An_unverified_complaint_has_nobody_to_hold_accountable()
    {
        var complaint = DomainFixtures.Register(DomainFixtures.Clock());
        Assert.Throws<InvalidOperationException>(() => AccountabilityRecord.For(complaint, _penalties, null, "supervisor", DomainFixtures.Start));
    }
}
