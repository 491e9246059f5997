using System.Numerics;
using System.Text.RegularExpressions;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// Checks a bound <see cref="PolicyOptions"/> before the console starts, so a typo in
/// configuration fails start-up instead of silently weakening a rule. Each message names the
/// configuration key path (<c>Policy:Section:Key</c>) an operator has to fix.
/// </summary>
public static class PolicyOptionsValidator
{
    private const string Root = PolicyOptions.SectionName;

    public static IReadOnlyList<string> Validate(PolicyOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var errors = new List<string>();

        if (Present(errors, o.Service, nameof(o.Service)) is { } s)
        {
            ValidateService(errors, s);
        }

        if (Present(errors, o.Complaints, nameof(o.Complaints)) is { } c)
        {
            ValidateComplaints(errors, c);
        }

        if (Present(errors, o.Information, nameof(o.Information)) is { } i)
        {
            ValidateInformation(errors, i);
        }

        if (Present(errors, o.Emergency, nameof(o.Emergency)) is { } e)
        {
            ValidateEmergency(errors, e);
        }

        if (Present(errors, o.Training, nameof(o.Training)) is { } t)
        {
            ValidateTraining(errors, t);
        }

        if (Present(errors, o.General, nameof(o.General)) is { } g)
        {
            ValidateGeneral(errors, g);
        }

        if (Present(errors, o.Promotion, nameof(o.Promotion)) is { } p)
        {
            ValidatePromotion(errors, p);
        }

        if (Present(errors, o.Routing, nameof(o.Routing)) is { } r)
        {
            ValidateRouting(errors, r);
        }

        if (Present(errors, o.Clocks, nameof(o.Clocks)) is { } k)
        {
            ValidateClocks(errors, k);
        }

        return errors;
    }

    private static void ValidateService(List<string> errors, ServiceStandardsOptions s)
    {
        const string section = nameof(PolicyOptions.Service);
        Positive(errors, section, nameof(s.ChatFirstResponseSeconds), s.ChatFirstResponseSeconds);
        Positive(errors, section, nameof(s.PhoneRings), s.PhoneRings);
        Positive(errors, section, nameof(s.RingCycleSeconds), s.RingCycleSeconds);
        Positive(errors, section, nameof(s.PromiseCallbackHours), s.PromiseCallbackHours);
        Ratio(errors, section, nameof(s.ResponseComplianceTarget), s.ResponseComplianceTarget);
        Ratio(errors, section, nameof(s.FirstContactResolutionTarget), s.FirstContactResolutionTarget);
        if (!(s.SatisfactionTarget >= 1 && s.SatisfactionTarget <= 5))
        {
            errors.Add($"{Key(section, nameof(s.SatisfactionTarget))} must be between 1 and 5 (the rating scale)");
        }

        NonNegative(errors, section, nameof(s.NormViolationPenaltyPoints), s.NormViolationPenaltyPoints);
        Positive(errors, section, nameof(s.AttitudeComplaintsForTraining), s.AttitudeComplaintsForTraining);
        Positive(errors, section, nameof(s.AttitudeTrainingDays), s.AttitudeTrainingDays);
        Positive(errors, section, nameof(s.AttitudeTrainingFailSuspensionDays), s.AttitudeTrainingFailSuspensionDays);
        NonNegative(errors, section, nameof(s.ExcellentAgentBonusYuan), s.ExcellentAgentBonusYuan);
        if (string.IsNullOrWhiteSpace(s.CompanyName))
        {
            errors.Add($"{Key(section, nameof(s.CompanyName))} must not be empty (it is spoken in the greeting, SVC-04)");
        }

        Positive(errors, section, nameof(s.ExcellentAgentMinRatings), s.ExcellentAgentMinRatings);
    }

    private static void ValidateComplaints(List<string> errors, ComplaintOptions c)
    {
        const string section = nameof(PolicyOptions.Complaints);
        Positive(errors, section, nameof(c.GeneralResolveHours), c.GeneralResolveHours);
        Positive(errors, section, nameof(c.MajorResolveHours), c.MajorResolveHours);
        if (c.MajorResolveHours <= c.GeneralResolveHours)
        {
            errors.Add($"{Key(section, nameof(c.MajorResolveHours))} must be greater than {nameof(c.GeneralResolveHours)}");
        }

        Positive(errors, section, nameof(c.GeneralVerifyHours), c.GeneralVerifyHours);
        Positive(errors, section, nameof(c.MajorVerifyHours), c.MajorVerifyHours);
        if (c.MajorVerifyHours < c.GeneralVerifyHours)
        {
            errors.Add($"{Key(section, nameof(c.MajorVerifyHours))} must not be less than {nameof(c.GeneralVerifyHours)}");
        }

        if (c.GeneralVerifyHours > c.GeneralResolveHours)
        {
            errors.Add($"{Key(section, nameof(c.GeneralVerifyHours))} must not exceed {nameof(c.GeneralResolveHours)}");
        }

        if (c.MajorVerifyHours > c.MajorResolveHours)
        {
            errors.Add($"{Key(section, nameof(c.MajorVerifyHours))} must not exceed {nameof(c.MajorResolveHours)}");
        }

        Positive(errors, section, nameof(c.MajorDelayDays), c.MajorDelayDays);
        Positive(errors, section, nameof(c.MajorDamageValueYuan), c.MajorDamageValueYuan);

        var coupons = c.DelayCouponYuan;
        if (coupons is null || coupons.Length == 0)
        {
            errors.Add($"{Key(section, nameof(c.DelayCouponYuan))} must list at least one coupon value");
        }
        else
        {
            for (var i = 0; i < coupons.Length; i++)
            {
                if (coupons[i] < 0)
                {
                    errors.Add($"{Key(section, nameof(c.DelayCouponYuan))}:{i} must not be negative");
                }
                else if (i > 0 && coupons[i] < coupons[i - 1])
                {
                    errors.Add($"{Key(section, nameof(c.DelayCouponYuan))}:{i} must not be less than the entry before it (a longer delay never earns less)");
                }
            }
        }

        Positive(errors, section, nameof(c.DamageMinShippingFeeMultiple), c.DamageMinShippingFeeMultiple);
        Positive(errors, section, nameof(c.UninsuredLossCapYuan), c.UninsuredLossCapYuan);
        Positive(errors, section, nameof(c.FollowUpCallbackHours), c.FollowUpCallbackHours);
        Positive(errors, section, nameof(c.RecallbackHours), c.RecallbackHours);
        NonNegative(errors, section, nameof(c.CourierFaultPoints), c.CourierFaultPoints);
        NonNegative(errors, section, nameof(c.CourierFineGeneralYuan), c.CourierFineGeneralYuan);
        NonNegative(errors, section, nameof(c.CourierFineMajorYuan), c.CourierFineMajorYuan);
        if (c.CourierFineGeneralYuan > c.CourierFineMajorYuan)
        {
            errors.Add($"{Key(section, nameof(c.CourierFineGeneralYuan))} must not exceed {nameof(c.CourierFineMajorYuan)}");
        }

        NonNegative(errors, section, nameof(c.AgentFaultPoints), c.AgentFaultPoints);

        if (string.IsNullOrWhiteSpace(c.WaybillPattern))
        {
            errors.Add($"{Key(section, nameof(c.WaybillPattern))} must not be empty");
        }
        else
        {
            try
            {
                _ = new Regex(c.WaybillPattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                errors.Add($"{Key(section, nameof(c.WaybillPattern))} is not a valid regular expression: {ex.Message}");
            }
        }
    }

    private static void ValidateInformation(List<string> errors, InformationOptions i)
    {
        const string section = nameof(PolicyOptions.Information);
        Positive(errors, section, nameof(i.EntryWindowMinutes), i.EntryWindowMinutes);
        Positive(errors, section, nameof(i.IdCopyValidDays), i.IdCopyValidDays);
        Positive(errors, section, nameof(i.PasswordExpiryDays), i.PasswordExpiryDays);
        Positive(errors, section, nameof(i.CustomerRetentionYears), i.CustomerRetentionYears);
        Positive(errors, section, nameof(i.LogisticsRetentionYears), i.LogisticsRetentionYears);
        Positive(errors, section, nameof(i.ServiceRecordRetentionYears), i.ServiceRecordRetentionYears);
        Positive(errors, section, nameof(i.LeakEscalationRecords), i.LeakEscalationRecords);
        Positive(errors, section, nameof(i.LeakWindowMinutes), i.LeakWindowMinutes);
        Positive(errors, section, nameof(i.DataFaultPlanHours), i.DataFaultPlanHours);
    }

    private static void ValidateEmergency(List<string> errors, EmergencyOptions e)
    {
        const string section = nameof(PolicyOptions.Emergency);
        Positive(errors, section, nameof(e.WeatherEstimateMinDays), e.WeatherEstimateMinDays);
        Positive(errors, section, nameof(e.WeatherEstimateMaxDays), e.WeatherEstimateMaxDays);
        if (e.WeatherEstimateMaxDays < e.WeatherEstimateMinDays)
        {
            errors.Add($"{Key(section, nameof(e.WeatherEstimateMaxDays))} must not be less than {nameof(e.WeatherEstimateMinDays)}");
        }

        Positive(errors, section, nameof(e.WeatherRecoveryCallbackHours), e.WeatherRecoveryCallbackHours);
        Positive(errors, section, nameof(e.OutageReportMinutes), e.OutageReportMinutes);
        Positive(errors, section, nameof(e.OutageEstimateMinutes), e.OutageEstimateMinutes);
        Positive(errors, section, nameof(e.OutageRecoveryCallbackHours), e.OutageRecoveryCallbackHours);
        if (e.MassComplaintThreshold < 1)
        {
            errors.Add($"{Key(section, nameof(e.MassComplaintThreshold))} must be at least 1");
        }

        Positive(errors, section, nameof(e.MassComplaintWindowMinutes), e.MassComplaintWindowMinutes);
        Positive(errors, section, nameof(e.MassComplaintPlanHours), e.MassComplaintPlanHours);
        Positive(errors, section, nameof(e.MassComplaintResolveHours), e.MassComplaintResolveHours);
        Positive(errors, section, nameof(e.DrillsPerMonth), e.DrillsPerMonth);
        if (string.IsNullOrWhiteSpace(e.DrillCron))
        {
            errors.Add($"{Key(section, nameof(e.DrillCron))} must not be empty (it schedules the monthly drill, EMG-05)");
        }
    }

    private static void ValidateTraining(List<string> errors, TrainingOptions t)
    {
        const string section = nameof(PolicyOptions.Training);
        if (t.OnboardingDays < 4)
        {
            errors.Add($"{Key(section, nameof(t.OnboardingDays))} must be at least 4 (a day for each part of the TRN-01 plan and the exam)");
        }

        if (!(t.OnboardingExamPassScore > 0 && t.OnboardingExamPassScore <= 100))
        {
            errors.Add($"{Key(section, nameof(t.OnboardingExamPassScore))} must be greater than 0 and at most 100");
        }

        Positive(errors, section, nameof(t.MonthlyTrainingSessions), t.MonthlyTrainingSessions);
        Positive(errors, section, nameof(t.MonthlyTrainingHours), t.MonthlyTrainingHours);
        if (t.MonthlyTrainingHours > 24)
        {
            errors.Add($"{Key(section, nameof(t.MonthlyTrainingHours))} must be at most 24");
        }

        NonNegative(errors, section, nameof(t.FirstReminderHoursBefore), t.FirstReminderHoursBefore);
        NonNegative(errors, section, nameof(t.LastReminderMinutesBefore), t.LastReminderMinutesBefore);
        if (t.FirstReminderHoursBefore > 0 && t.LastReminderMinutesBefore > 0 && t.FirstReminderHoursBefore * 60 <= t.LastReminderMinutesBefore)
        {
            errors.Add($"{Key(section, nameof(t.FirstReminderHoursBefore))} must come before {nameof(t.LastReminderMinutesBefore)} (more minutes ahead of the session)");
        }
        Weight(errors, section, nameof(t.QuantitativeWeight), t.QuantitativeWeight);
        Weight(errors, section, nameof(t.QualitativeWeight), t.QualitativeWeight);
        if (Math.Abs(t.QuantitativeWeight + t.QualitativeWeight - 1.0) > 1e-9)
        {
            errors.Add($"{Key(section, nameof(t.QuantitativeWeight))} and {nameof(t.QualitativeWeight)} must sum to 1");
        }

        if (!(t.ExcellentScore > 0 && t.ExcellentScore <= 100))
        {
            errors.Add($"{Key(section, nameof(t.ExcellentScore))} must be greater than 0 and at most 100");
        }

        if (!(t.QualifiedScore > 0 && t.QualifiedScore <= 100))
        {
            errors.Add($"{Key(section, nameof(t.QualifiedScore))} must be greater than 0 and at most 100");
        }

        if (t.ExcellentScore <= t.QualifiedScore)
        {
            errors.Add($"{Key(section, nameof(t.ExcellentScore))} must be greater than {nameof(t.QualifiedScore)}");
        }

        NonNegative(errors, section, nameof(t.ExcellentBonusYuan), t.ExcellentBonusYuan);
        Positive(errors, section, nameof(t.RemedialTrainingDays), t.RemedialTrainingDays);
        Positive(errors, section, nameof(t.SuspensionDays), t.SuspensionDays);
        Positive(errors, section, nameof(t.FailedMonthsForTermination), t.FailedMonthsForTermination);
        Weight(errors, section, nameof(t.AnnualMonthlyWeight), t.AnnualMonthlyWeight);
        Weight(errors, section, nameof(t.AnnualRatingWeight), t.AnnualRatingWeight);
        Weight(errors, section, nameof(t.AnnualTrainingWeight), t.AnnualTrainingWeight);
        if (Math.Abs(t.AnnualMonthlyWeight + t.AnnualRatingWeight + t.AnnualTrainingWeight - 1.0) > 1e-9)
        {
            errors.Add($"{Key(section, nameof(t.AnnualMonthlyWeight))}, {nameof(t.AnnualRatingWeight)} and {nameof(t.AnnualTrainingWeight)} must sum to 1 (TRN-03)");
        }
    }

    private static void ValidateGeneral(List<string> errors, GeneralOptions g)
    {
        const string section = nameof(PolicyOptions.General);
        Positive(errors, section, nameof(g.WeeklyHours), g.WeeklyHours);
        if (!(g.MorningShiftStart < g.MorningShiftEnd && g.MorningShiftEnd <= g.AfternoonShiftStart && g.AfternoonShiftStart < g.AfternoonShiftEnd))
        {
            errors.Add($"{Key(section, nameof(g.MorningShiftStart))} < {nameof(g.MorningShiftEnd)} <= {nameof(g.AfternoonShiftStart)} < {nameof(g.AfternoonShiftEnd)} is required (GEN-01 standard shift)");
        }

        ValidateCalendar(errors, section, g);
        AtLeastOne(errors, section, nameof(g.OvertimeWorkdayRate), g.OvertimeWorkdayRate);
        AtLeastOne(errors, section, nameof(g.OvertimeRestDayRate), g.OvertimeRestDayRate);
        AtLeastOne(errors, section, nameof(g.OvertimeHolidayRate), g.OvertimeHolidayRate);
        Positive(errors, section, nameof(g.WorkdaysPerMonth), g.WorkdaysPerMonth);
        Positive(errors, section, nameof(g.HoursPerDay), g.HoursPerDay);
        if (g.HoursPerDay > 24)
        {
            errors.Add($"{Key(section, nameof(g.HoursPerDay))} must be at most 24");
        }

        Positive(errors, section, nameof(g.LateGraceMinutes), g.LateGraceMinutes);
        Positive(errors, section, nameof(g.EarlyLeaveGraceMinutes), g.EarlyLeaveGraceMinutes);
        // Zero tolerated lates is a legitimate, stricter policy; only negatives are nonsense.
        NonNegative(errors, section, nameof(g.ToleratedLatesPerMonth), g.ToleratedLatesPerMonth);
        Positive(errors, section, nameof(g.ToleratedLateMinutes), g.ToleratedLateMinutes);
        NonNegative(errors, section, nameof(g.ToleratedLatesPerQuarter), g.ToleratedLatesPerQuarter);
        Positive(errors, section, nameof(g.AbsenceUnitHours), g.AbsenceUnitHours);
        NonNegative(errors, section, nameof(g.AbsenceDeductionDailyWageMultiple), g.AbsenceDeductionDailyWageMultiple);
        Positive(errors, section, nameof(g.AbsenceDaysPerYearLimit), g.AbsenceDaysPerYearLimit);
        Positive(errors, section, nameof(g.ProbationMonths), g.ProbationMonths);
        ValidateDiscipline(errors, g.Discipline);
    }

    private static void ValidateDiscipline(List<string> errors, DisciplineOptions? d)
    {
        const string section = $"{nameof(PolicyOptions.General)}:{nameof(GeneralOptions.Discipline)}";
        if (d is null)
        {
            errors.Add($"{Key(nameof(PolicyOptions.General), nameof(GeneralOptions.Discipline))} is required (GEN-07)");
            return;
        }

        // GEN-07: every kind keeps at least one listed cause, each a distinct line of text.
        foreach (var (key, causes) in new[]
                 {
                     (nameof(d.CommendationCauses), d.CommendationCauses), (nameof(d.MeritCauses), d.MeritCauses),
                     (nameof(d.MajorMeritCauses), d.MajorMeritCauses), (nameof(d.WarningCauses), d.WarningCauses),
                     (nameof(d.DemeritCauses), d.DemeritCauses), (nameof(d.MajorDemeritCauses), d.MajorDemeritCauses),
                     (nameof(d.DismissalCauses), d.DismissalCauses),
                 })
        {
            if (causes is not { Length: > 0 })
            {
                errors.Add($"{Key(section, key)} must list at least one cause (GEN-07)");
                continue;
            }

            for (var i = 0; i < causes.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(causes[i]) || causes[i].Length > DisciplineOptions.MaxCauseLength || causes[i].Any(char.IsControl))
                {
                    errors.Add($"{Key(section, key)}:{i} must be a line of text of at most {DisciplineOptions.MaxCauseLength} characters");
                }
            }

            if (causes.Distinct(StringComparer.Ordinal).Count() != causes.Length)
            {
                errors.Add($"{Key(section, key)} lists a cause twice");
            }
        }

        // A heavier penalty never weighs less than a lighter one; a score is 0–100.
        int[] deductions = [d.WarningDeduction, d.DemeritDeduction, d.MajorDemeritDeduction, d.DismissalDeduction];
        string[] names = [nameof(d.WarningDeduction), nameof(d.DemeritDeduction), nameof(d.MajorDemeritDeduction), nameof(d.DismissalDeduction)];
        for (var i = 0; i < deductions.Length; i++)
        {
            if (deductions[i] is < 0 or > 100)
            {
                errors.Add($"{Key(section, names[i])} lies between 0 and 100 (points of the rule-compliance score)");
            }
            else if (i > 0 && deductions[i] < deductions[i - 1])
            {
                errors.Add($"{Key(section, names[i])} must not be less than {names[i - 1]} (a heavier penalty weighs at least as much)");
            }
        }
    }

    private static void ValidateCalendar(List<string> errors, string section, GeneralOptions g)
    {
        // GEN-01: a week needs a working day, or no month has a last working day to assess on (TRN-03).
        if (g.RestDays is null)
        {
            errors.Add($"{Key(section, nameof(g.RestDays))} is required (GEN-01; an empty list means every day is worked)");
        }
        else
        {
            if (g.RestDays.Any(d => !Enum.IsDefined(d)))
            {
                errors.Add($"{Key(section, nameof(g.RestDays))} lists a day that is not a weekday name (Monday … Sunday)");
            }

            if (g.RestDays.Distinct().Count() != g.RestDays.Length)
            {
                errors.Add($"{Key(section, nameof(g.RestDays))} lists a weekday twice");
            }

            if (g.RestDays.Distinct().Count() >= 7)
            {
                errors.Add($"{Key(section, nameof(g.RestDays))} must leave at least one working weekday (GEN-01)");
            }
        }

        if (g.PublicHolidays is null)
        {
            errors.Add($"{Key(section, nameof(g.PublicHolidays))} is required (an empty list means no public holidays)");
        }

        if (g.SwappedWorkingDays is null)
        {
            errors.Add($"{Key(section, nameof(g.SwappedWorkingDays))} is required (an empty list means no swapped working days)");
            return;
        }

        for (var i = 0; i < g.SwappedWorkingDays.Length; i++)
        {
            var day = g.SwappedWorkingDays[i];
            if (g.RestDays is not null && !g.RestDays.Contains(day.DayOfWeek))
            {
                errors.Add($"{Key(section, nameof(g.SwappedWorkingDays))}:{i} ({day:yyyy-MM-dd}) is a {day.DayOfWeek}, already a working day; a swapped working day falls on a rest day");
            }

            if (g.PublicHolidays?.Contains(day) == true)
            {
                errors.Add($"{Key(section, nameof(g.SwappedWorkingDays))}:{i} ({day:yyyy-MM-dd}) is also listed as a public holiday");
            }
        }
    }

    private static void ValidatePromotion(List<string> errors, PromotionOptions p)
    {
        const string section = nameof(PolicyOptions.Promotion);
        Positive(errors, section, nameof(p.FirstReviewDays), p.FirstReviewDays);
        Positive(errors, section, nameof(p.PublicityDays), p.PublicityDays);
        Positive(errors, section, nameof(p.EvaluationMonths), p.EvaluationMonths);
        NonNegative(errors, section, nameof(p.FirstReviewReminderHoursBefore), p.FirstReviewReminderHoursBefore);
        if (p.FirstReviewReminderHoursBefore >= p.FirstReviewDays * 24)
        {
            errors.Add($"{Key(section, nameof(p.FirstReviewReminderHoursBefore))} must be less than {nameof(p.FirstReviewDays)} in hours");
        }
    }

    private static void ValidateClocks(List<string> errors, ClockOptions k)
    {
        const string section = nameof(PolicyOptions.Clocks);
        NonNegative(errors, section, nameof(k.WarningLeadMinutes), k.WarningLeadMinutes);
    }

    private static void ValidateRouting(List<string> errors, RoutingOptions r)
    {
        const string section = nameof(PolicyOptions.Routing);
        Positive(errors, section, nameof(r.MaxConcurrentChats), r.MaxConcurrentChats);
        Positive(errors, section, nameof(r.MaxConcurrentCalls), r.MaxConcurrentCalls);
        Positive(errors, section, nameof(r.MaxConcurrentCounter), r.MaxConcurrentCounter);
    }

    private static string Key(string section, string key) => $"{Root}:{section}:{key}";

    private static T? Present<T>(List<string> errors, T? section, string name) where T : class
    {
        if (section is null)
        {
            errors.Add($"{Root}:{name} is required");
        }

        return section;
    }

    private static void Positive<T>(List<string> errors, string section, string key, T value) where T : INumber<T>
    {
        if (!(value > T.Zero))
        {
            errors.Add($"{Key(section, key)} must be greater than 0");
        }
    }

    private static void NonNegative<T>(List<string> errors, string section, string key, T value) where T : INumber<T>
    {
        if (!(value >= T.Zero))
        {
            errors.Add($"{Key(section, key)} must not be negative");
        }
    }

    private static void AtLeastOne<T>(List<string> errors, string section, string key, T value) where T : INumber<T>
    {
        // An overtime multiplier below 1 would pay overtime less than normal time (GEN-02).
        if (!(value >= T.One))
        {
            errors.Add($"{Key(section, key)} must be at least 1");
        }
    }

    private static void Ratio(List<string> errors, string section, string key, double value)
    {
        // Written as a negated range so NaN fails too.
        if (!(value > 0 && value <= 1))
        {
            errors.Add($"{Key(section, key)} must be greater than 0 and at most 1");
        }
    }

    private static void Weight(List<string> errors, string section, string key, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            errors.Add($"{Key(section, key)} must be between 0 and 1");
        }
    }
}
