using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class PolicyOptionsValidatorTests
{
    private static IReadOnlyList<string> ValidateWith(Action<PolicyOptions> change)
    {
        var o = new PolicyOptions();
        change(o);
        return PolicyOptionsValidator.Validate(o);
    }

    private static void AssertSingleError(Action<PolicyOptions> change, string expectedKeyPath)
    {
        var errors = ValidateWith(change);
        var error = Assert.Single(errors);
        Assert.StartsWith(expectedKeyPath + " ", error);
    }

    [Fact]
    [Trait("Rule", "CMP-03")]
    public void Major_resolve_hours_must_exceed_general_resolve_hours()
    {
        var errors = ValidateWith(o => o.Complaints.MajorResolveHours = 24);
        Assert.Equal(["Policy:Complaints:MajorResolveHours must be greater than GeneralResolveHours"], errors);
    }

    public static TheoryData<string, string> NonPositiveDurations => new()
    {
        { "Service:ChatFirstResponseSeconds", "Policy:Service:ChatFirstResponseSeconds" },
        { "Service:PhoneRings", "Policy:Service:PhoneRings" },
        { "Service:PromiseCallbackHours", "Policy:Service:PromiseCallbackHours" },
        { "Complaints:FollowUpCallbackHours", "Policy:Complaints:FollowUpCallbackHours" },
        { "Complaints:RecallbackHours", "Policy:Complaints:RecallbackHours" },
        { "Information:EntryWindowMinutes", "Policy:Information:EntryWindowMinutes" },
        { "Emergency:MassComplaintWindowMinutes", "Policy:Emergency:MassComplaintWindowMinutes" },
        { "Routing:MaxConcurrentChats", "Policy:Routing:MaxConcurrentChats" },
        { "General:HoursPerDay", "Policy:General:HoursPerDay" },
        { "Promotion:PublicityDays", "Policy:Promotion:PublicityDays" },
    };

    [Theory]
    [MemberData(nameof(NonPositiveDurations))]
    public void A_zero_duration_or_count_is_rejected_naming_its_key(string key, string expectedPath)
    {
        Action<PolicyOptions> setZero = key switch
        {
            "Service:ChatFirstResponseSeconds" => o => o.Service.ChatFirstResponseSeconds = 0,
            "Service:PhoneRings" => o => o.Service.PhoneRings = 0,
            "Service:PromiseCallbackHours" => o => o.Service.PromiseCallbackHours = 0,
            "Complaints:FollowUpCallbackHours" => o => o.Complaints.FollowUpCallbackHours = 0,
            "Complaints:RecallbackHours" => o => o.Complaints.RecallbackHours = 0,
            "Information:EntryWindowMinutes" => o => o.Information.EntryWindowMinutes = 0,
            "Emergency:MassComplaintWindowMinutes" => o => o.Emergency.MassComplaintWindowMinutes = 0,
            "Routing:MaxConcurrentChats" => o => o.Routing.MaxConcurrentChats = 0,
            "General:HoursPerDay" => o => o.General.HoursPerDay = 0,
            "Promotion:PublicityDays" => o => o.Promotion.PublicityDays = -1,
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };

        Assert.Equal([$"{expectedPath} must be greater than 0"], ValidateWith(setZero));
    }

    [Theory]
    [Trait("Rule", "SVC-07")]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_response_target_outside_zero_to_one_is_rejected(double target) =>
        AssertSingleError(o => o.Service.ResponseComplianceTarget = target, "Policy:Service:ResponseComplianceTarget");

    [Fact]
    [Trait("Rule", "SVC-08")]
    public void A_target_of_exactly_one_is_allowed() =>
        Assert.Empty(ValidateWith(o => o.Service.FirstContactResolutionTarget = 1.0));

    [Fact]
    [Trait("Rule", "SVC-09")]
    public void A_satisfaction_target_beyond_the_rating_scale_is_rejected() =>
        AssertSingleError(o => o.Service.SatisfactionTarget = 5.5, "Policy:Service:SatisfactionTarget");

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void Assessment_weights_must_sum_to_one()
    {
        var errors = ValidateWith(o => o.Training.QualitativeWeight = 0.5);
        Assert.Equal(["Policy:Training:QuantitativeWeight and QualitativeWeight must sum to 1"], errors);
        Assert.Empty(ValidateWith(o => { o.Training.QuantitativeWeight = 0.7; o.Training.QualitativeWeight = 0.3; }));
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void Excellent_score_must_be_above_qualified_score() =>
        AssertSingleError(o => o.Training.ExcellentScore = 60, "Policy:Training:ExcellentScore");

    [Fact]
    [Trait("Rule", "CMP-05")]
    public void An_empty_coupon_table_is_rejected() =>
        AssertSingleError(o => o.Complaints.DelayCouponYuan = [], "Policy:Complaints:DelayCouponYuan");

    [Fact]
    [Trait("Rule", "CMP-05")]
    public void A_coupon_table_that_decreases_is_rejected_naming_the_entry()
    {
        var errors = ValidateWith(o => o.Complaints.DelayCouponYuan = [5, 10, 8, 20]);
        Assert.StartsWith("Policy:Complaints:DelayCouponYuan:2 must not be less than", Assert.Single(errors));
    }

    [Fact]
    [Trait("Rule", "CMP-05")]
    public void A_negative_coupon_is_rejected() =>
        AssertSingleError(o => o.Complaints.DelayCouponYuan = [-5, 10], "Policy:Complaints:DelayCouponYuan:0");

    [Fact]
    [Trait("Rule", "CMP-11")]
    public void Courier_general_fine_must_not_exceed_the_major_fine()
    {
        var errors = ValidateWith(o => o.Complaints.CourierFineGeneralYuan = 600m);
        Assert.Equal(["Policy:Complaints:CourierFineGeneralYuan must not exceed CourierFineMajorYuan"], errors);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    public void Mass_complaint_threshold_must_be_at_least_one()
    {
        AssertSingleError(o => o.Emergency.MassComplaintThreshold = 0, "Policy:Emergency:MassComplaintThreshold");
        Assert.Empty(ValidateWith(o => o.Emergency.MassComplaintThreshold = 1));
    }

    [Theory]
    [Trait("Rule", "EMG-05")]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_drill_schedule_is_rejected(string cron)
    {
        AssertSingleError(o => o.Emergency.DrillCron = cron, "Policy:Emergency:DrillCron");
        Assert.Empty(ValidateWith(o => o.Emergency.DrillCron = "0 30 9 1 * ?"));
    }

    [Theory]
    [Trait("Rule", "INF-03")]
    [InlineData("^[A-Z0-9{8,20}$")]
    [InlineData("")]
    [InlineData("(unclosed")]
    public void An_invalid_waybill_pattern_is_rejected(string pattern) =>
        AssertSingleError(o => o.Complaints.WaybillPattern = pattern, "Policy:Complaints:WaybillPattern");

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Verification_may_not_take_longer_than_resolution() =>
        Assert.Contains(
            "Policy:Complaints:GeneralVerifyHours must not exceed GeneralResolveHours",
            ValidateWith(o => o.Complaints.GeneralVerifyHours = 25));

    [Fact]
    [Trait("Category", "PolicyValidation")]
    public void Weather_estimate_range_must_not_be_inverted() =>
        AssertSingleError(o => o.Emergency.WeatherEstimateMaxDays = 1, "Policy:Emergency:WeatherEstimateMaxDays");

    [Fact]
    [Trait("Category", "PolicyValidation")]
    public void An_overtime_rate_below_normal_pay_is_rejected() =>
        AssertSingleError(o => o.General.OvertimeHolidayRate = 0.5m, "Policy:General:OvertimeHolidayRate");

    [Fact]
    [Trait("Category", "PolicyValidation")]
    public void Zero_tolerated_lates_is_a_legitimate_stricter_policy() =>
        Assert.Empty(ValidateWith(o => o.General.ToleratedLatesPerMonth = 0));

    [Fact]
    public void A_missing_section_is_reported_not_thrown() =>
        Assert.Equal(["Policy:Routing is required"], ValidateWith(o => o.Routing = null!));

    [Fact]
    public void Several_mistakes_are_all_reported_at_once()
    {
        var errors = ValidateWith(o =>
        {
            o.Service.ChatFirstResponseSeconds = 0;
            o.Complaints.MajorResolveHours = 12;
            o.Emergency.MassComplaintThreshold = 0;
        });

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Policy:Service:ChatFirstResponseSeconds", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Policy:Complaints:MajorResolveHours", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Policy:Emergency:MassComplaintThreshold", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_the_calendar_keeps_a_working_weekday_and_swaps_only_rest_days()
    {
        Assert.Empty(ValidateWith(o => { o.General.RestDays = [DayOfWeek.Saturday, DayOfWeek.Sunday]; o.General.SwappedWorkingDays = [new DateOnly(2026, 10, 10)]; }));
        AssertSingleError(o => o.General.RestDays = Enum.GetValues<DayOfWeek>(), "Policy:General:RestDays");
        AssertSingleError(o => o.General.RestDays = [DayOfWeek.Sunday, DayOfWeek.Sunday], "Policy:General:RestDays");
        AssertSingleError(o => o.General.RestDays = [(DayOfWeek)9], "Policy:General:RestDays");
        AssertSingleError(o => o.General.PublicHolidays = null!, "Policy:General:PublicHolidays");
        // 2026-10-12 is a Monday, a working day already.
        AssertSingleError(o => o.General.SwappedWorkingDays = [new DateOnly(2026, 10, 12)], "Policy:General:SwappedWorkingDays:0");
        var both = ValidateWith(o => { o.General.PublicHolidays = [new DateOnly(2026, 10, 11)]; o.General.SwappedWorkingDays = [new DateOnly(2026, 10, 11)]; });
        Assert.Contains("also listed as a public holiday", Assert.Single(both));
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_the_annual_weights_sum_to_1()
    {
        var errors = ValidateWith(o => o.Training.AnnualTrainingWeight = 0.3);
        Assert.Equal(["Policy:Training:AnnualMonthlyWeight, AnnualRatingWeight and AnnualTrainingWeight must sum to 1 (TRN-03)"], errors);
        Assert.Empty(ValidateWith(o => { o.Training.AnnualMonthlyWeight = 0.5; o.Training.AnnualRatingWeight = 0.3; }));
    }
}
