using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

/// <summary>The defaults are the bold numbers of POLICY.md; a change here must be a change of policy.</summary>
public sealed class PolicyOptionsDefaultsTests
{
    private readonly PolicyOptions _o = new();

    [Fact]
    public void Options_bind_from_the_Policy_section() => Assert.Equal("Policy", PolicyOptions.SectionName);

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void Service_standard_defaults_are_the_policy_numbers()
    {
        var s = _o.Service;
        Assert.Equal(10, s.ChatFirstResponseSeconds);
        Assert.Equal(3, s.PhoneRings);
        Assert.Equal(5, s.RingCycleSeconds);
        Assert.Equal(1, s.PromiseCallbackHours);
        Assert.Equal(0.95, s.ResponseComplianceTarget);
        Assert.Equal(0.90, s.FirstContactResolutionTarget);
        Assert.Equal(4.5, s.SatisfactionTarget);
        Assert.Equal(5, s.NormViolationPenaltyPoints);
        Assert.Equal(3, s.AttitudeComplaintsForTraining);
        Assert.Equal(3, s.AttitudeTrainingDays);
        Assert.Equal(200m, s.ExcellentAgentBonusYuan);
        Assert.Equal("顺达", s.CompanyName);
    }

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void Complaint_defaults_are_the_policy_numbers()
    {
        var c = _o.Complaints;
        Assert.Equal(24, c.GeneralResolveHours);
        Assert.Equal(48, c.MajorResolveHours);
        Assert.Equal(3, c.MajorDelayDays);
        Assert.Equal(500m, c.MajorDamageValueYuan);
        Assert.Equal(1, c.GeneralVerifyHours);
        Assert.Equal(6, c.MajorVerifyHours);
        Assert.Equal([5, 10, 15, 20], c.DelayCouponYuan);
        Assert.Equal(3m, c.DamageMinShippingFeeMultiple);
        Assert.Equal(500m, c.UninsuredLossCapYuan);
        Assert.Equal(24, c.FollowUpCallbackHours);
        Assert.Equal(12, c.RecallbackHours);
        Assert.Equal(10, c.CourierFaultPoints);
        Assert.Equal(200m, c.CourierFineGeneralYuan);
        Assert.Equal(500m, c.CourierFineMajorYuan);
        Assert.Equal(8, c.AgentFaultPoints);
        Assert.Equal("^[A-Z0-9]{8,20}$", c.WaybillPattern);
    }

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void Information_defaults_are_the_policy_numbers()
    {
        var i = _o.Information;
        Assert.Equal(30, i.EntryWindowMinutes);
        Assert.Equal(7, i.IdCopyValidDays);
        Assert.Equal(15, i.PasswordExpiryDays);
        Assert.Equal(2, i.CustomerRetentionYears);
        Assert.Equal(2, i.LogisticsRetentionYears);
        Assert.Equal(1, i.ServiceRecordRetentionYears);
        Assert.Equal(50, i.LeakEscalationRecords);
        Assert.Equal(2, i.DataFaultPlanHours);
    }

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void Emergency_defaults_are_the_policy_numbers()
    {
        var e = _o.Emergency;
        Assert.Equal(2, e.WeatherEstimateMinDays);
        Assert.Equal(3, e.WeatherEstimateMaxDays);
        Assert.Equal(24, e.WeatherRecoveryCallbackHours);
        Assert.Equal(5, e.OutageReportMinutes);
        Assert.Equal(30, e.OutageEstimateMinutes);
        Assert.Equal(1, e.OutageRecoveryCallbackHours);
        Assert.Equal(20, e.MassComplaintThreshold);
        Assert.Equal(60, e.MassComplaintWindowMinutes);
        Assert.Equal(2, e.MassComplaintPlanHours);
        Assert.Equal(48, e.MassComplaintResolveHours);
        Assert.Equal(1, e.DrillsPerMonth);
        Assert.Equal("0 0 10 15 * ?", e.DrillCron);
    }

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void Training_defaults_are_the_policy_numbers()
    {
        var t = _o.Training;
        Assert.Equal(7, t.OnboardingDays);
        Assert.Equal(1, t.MonthlyTrainingSessions);
        Assert.Equal(2, t.MonthlyTrainingHours);
        Assert.Equal(0.60, t.QuantitativeWeight);
        Assert.Equal(0.40, t.QualitativeWeight);
        Assert.Equal(90, t.ExcellentScore);
        Assert.Equal(60, t.QualifiedScore);
        Assert.Equal(300m, t.ExcellentBonusYuan);
        Assert.Equal(3, t.RemedialTrainingDays);
        Assert.Equal(7, t.SuspensionDays);
        Assert.Equal(2, t.FailedMonthsForTermination);
    }

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void General_defaults_are_the_policy_numbers()
    {
        var g = _o.General;
        Assert.Equal(48, g.WeeklyHours);
        Assert.Equal(1.5m, g.OvertimeWorkdayRate);
        Assert.Equal(2.0m, g.OvertimeRestDayRate);
        Assert.Equal(3.0m, g.OvertimeHolidayRate);
        Assert.Equal(21.5m, g.WorkdaysPerMonth);
        Assert.Equal(8, g.HoursPerDay);
        Assert.Equal(30, g.LateGraceMinutes);
        Assert.Equal(15, g.EarlyLeaveGraceMinutes);
        Assert.Equal(2, g.ToleratedLatesPerMonth);
        Assert.Equal(10, g.ToleratedLateMinutes);
        Assert.Equal(3, g.ToleratedLatesPerQuarter);
        Assert.Equal(4, g.AbsenceUnitHours);
        Assert.Equal(3m, g.AbsenceDeductionDailyWageMultiple);
        Assert.Equal(3, g.AbsenceDaysPerYearLimit);
        Assert.Equal(3, g.ProbationMonths);
    }

    [Fact]
    [Trait("Category", "PolicyDefaults")]
    public void Promotion_and_routing_defaults()
    {
        Assert.Equal(7, _o.Promotion.FirstReviewDays);
        Assert.Equal(7, _o.Promotion.PublicityDays);
        Assert.Equal(3, _o.Promotion.EvaluationMonths);
        Assert.Equal(3, _o.Routing.MaxConcurrentChats);
        Assert.Equal(1, _o.Routing.MaxConcurrentCalls);
        Assert.Equal(1, _o.Routing.MaxConcurrentCounter);
    }

    [Fact]
    public void Default_options_pass_validation() => Assert.Empty(PolicyOptionsValidator.Validate(new PolicyOptions()));
}
