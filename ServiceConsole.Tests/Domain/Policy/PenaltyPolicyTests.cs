using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class PenaltyPolicyTests
{
    private readonly PenaltyPolicy _policy = new(new PolicyOptions());

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_a_norm_violation_costs_the_agent_five_points()
    {
        Assert.Equal(5, _policy.NormViolationPoints);

        var options = new PolicyOptions();
        options.Service.NormViolationPenaltyPoints = 7;
        Assert.Equal(7, new PenaltyPolicy(options).NormViolationPoints);
    }

    [Theory]
    [Trait("Rule", "CMP-11")]
    [InlineData(Severity.General, 200)]
    [InlineData(Severity.Major, 500)]
    public void CMP_11_courier_at_fault_loses_ten_points_and_is_fined_by_severity(Severity severity, int fine) =>
        Assert.Equal(new PenaltyDecision(FaultParty.Courier, 10, fine, "CMP-11"), _policy.ForFault(FaultParty.Courier, severity));

    [Theory]
    [Trait("Rule", "CMP-12")]
    [InlineData(Severity.General)]
    [InlineData(Severity.Major)]
    public void CMP_12_agent_at_fault_loses_eight_points_and_is_not_fined(Severity severity) =>
        Assert.Equal(new PenaltyDecision(FaultParty.Agent, 8, 0m, "CMP-12"), _policy.ForFault(FaultParty.Agent, severity));

    [Theory]
    [InlineData(FaultParty.Customer)]
    [InlineData(FaultParty.None)]
    public void Nobody_is_penalised_when_the_customer_or_nobody_is_at_fault(FaultParty party) =>
        Assert.Equal(new PenaltyDecision(party, 0, 0m, null), _policy.ForFault(party, Severity.Major));

    [Fact]
    [Trait("Rule", "CMP-11")]
    [Trait("Rule", "CMP-12")]
    public void Changing_points_and_fines_changes_the_decision()
    {
        var options = new PolicyOptions();
        options.Complaints.CourierFaultPoints = 12;
        options.Complaints.CourierFineMajorYuan = 800m;
        options.Complaints.AgentFaultPoints = 6;
        var policy = new PenaltyPolicy(options);

        Assert.Equal(new PenaltyDecision(FaultParty.Courier, 12, 800m, "CMP-11"), policy.ForFault(FaultParty.Courier, Severity.Major));
        Assert.Equal(6, policy.ForFault(FaultParty.Agent, Severity.General).Points);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_three_consecutive_attitude_complaints_require_three_days_training()
    {
        ComplaintCategory[] complaints =
            [ComplaintCategory.Delay, ComplaintCategory.Attitude, ComplaintCategory.Attitude, ComplaintCategory.Attitude];

        Assert.True(_policy.RequiresAttitudeTraining(complaints));
        Assert.Equal(3, _policy.AttitudeTrainingDays);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_two_attitude_complaints_are_not_enough() =>
        Assert.False(_policy.RequiresAttitudeTraining([ComplaintCategory.Attitude, ComplaintCategory.Attitude]));

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_another_complaint_in_between_breaks_the_run()
    {
        ComplaintCategory[] interrupted =
            [ComplaintCategory.Attitude, ComplaintCategory.Attitude, ComplaintCategory.Delay, ComplaintCategory.Attitude];

        Assert.False(_policy.RequiresAttitudeTraining(interrupted));
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_only_the_latest_complaints_count()
    {
        ComplaintCategory[] olderRun =
            [ComplaintCategory.Attitude, ComplaintCategory.Attitude, ComplaintCategory.Attitude, ComplaintCategory.Other];

        Assert.False(_policy.RequiresAttitudeTraining(olderRun));
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void Changing_the_run_length_changes_when_training_is_required()
    {
        var options = new PolicyOptions();
        options.Service.AttitudeComplaintsForTraining = 2;
        options.Service.AttitudeTrainingDays = 5;
        var policy = new PenaltyPolicy(options);

        Assert.True(policy.RequiresAttitudeTraining([ComplaintCategory.Attitude, ComplaintCategory.Attitude]));
        Assert.Equal(5, policy.AttitudeTrainingDays);
    }
}
