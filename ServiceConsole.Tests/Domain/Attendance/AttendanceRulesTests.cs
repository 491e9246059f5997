using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Attendance;

/// <summary>GEN-01 shifts, GEN-03 classification, GEN-04 tolerance and GEN-05 absence deductions.</summary>
public sealed class AttendanceRulesTests
{
    private static readonly TimeSpan Centre = TimeSpan.FromHours(8);

    // Monday 2026-11-02, centre time; the clock reads the evening, after the shift.
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 20, 0, 0, Centre));
    private readonly GeneralOptions _options = new();

    private DateTime Now => _clock.GetUtcNow().ToOffset(Centre).DateTime;

    private DayShift Shift(DateOnly date) => new ShiftPlanner(_options).ShiftOf(date, "A001", "ONL-1", []);

    private DayClassification Day(DateOnly date, params (string Time, PunchKind Kind)[] punches) =>
        new AttendanceRules(_options).Classify(
            Shift(date),
            [.. punches.Select(p => new LocalPunch(date.ToDateTime(TimeOnly.Parse(p.Time, System.Globalization.CultureInfo.InvariantCulture)), p.Kind))],
            null,
            Now);

    private DayClassification Normal(DateOnly date, string clockIn = "07:55", string clockOut = "17:35") =>
        Day(date, (clockIn, PunchKind.In), (clockOut, PunchKind.Out));

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_the_standard_shift_is_08_00_to_12_00_and_13_30_to_17_30_monday_to_saturday()
    {
        var shift = Shift(Monday);

        Assert.Equal([new ShiftSegment(new(8, 0), new(12, 0)), new ShiftSegment(new(13, 30), new(17, 30))], shift.Segments);
        Assert.Equal(8 * 60, shift.Minutes);
        Assert.True(Shift(Monday.AddDays(5)).IsWorked); // Saturday
        Assert.False(Shift(Monday.AddDays(6)).IsWorked); // Sunday
        Assert.Equal(DayStatus.RestDay, Day(Monday.AddDays(6)).Status);
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_an_agents_roster_overrides_the_teams_which_overrides_the_standard_shift_but_never_a_holiday()
    {
        _options.PublicHolidays = [Monday.AddDays(2)];
        var at = _clock.GetUtcNow();
        var team = new Roster(Guid.NewGuid(), "ONL-1", null, Monday, Monday.AddDays(6), [], [new(new(10, 0), new(14, 0)), new(new(15, 0), new(19, 0))], "late team", "hr", at);
        var agent = new Roster(Guid.NewGuid(), null, "A001", Monday, Monday, [DayOfWeek.Monday], [], "day off", "hr", at);
        var planner = new ShiftPlanner(_options);

        Assert.False(planner.ShiftOf(Monday, "A001", "ONL-1", [team, agent]).IsWorked);
        Assert.Equal(new TimeOnly(10, 0), planner.ShiftOf(Monday.AddDays(1), "A001", "ONL-1", [team, agent]).Start);
        Assert.False(planner.ShiftOf(Monday.AddDays(2), "A001", "ONL-1", [team, agent]).IsWorked);
        Assert.Equal(WorkingDayKind.PublicHoliday, planner.ShiftOf(Monday.AddDays(2), "A001", "ONL-1", [team]).DayKind);
        Assert.Equal(new TimeOnly(19, 0), planner.ShiftOf(Monday.AddDays(6), "A001", "ONL-1", [team]).End); // a rostered Sunday
        Assert.Equal(new TimeOnly(8, 0), planner.ShiftOf(Monday, "B002", "PHN-1", [team, agent]).Start);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_clock_in_29_minutes_after_start_is_late()
    {
        var day = Normal(Monday, clockIn: "08:29");

        Assert.Equal(DayStatus.Late, day.Status);
        Assert.Equal(29, day.MinutesLate);
        Assert.Equal(0, day.AbsenceUnits);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_clock_in_31_minutes_after_start_is_absence()
    {
        var day = Normal(Monday, clockIn: "08:31");

        Assert.Equal(DayStatus.Absent, day.Status);
        Assert.Equal(1, day.AbsenceUnits);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_clock_out_14_minutes_before_end_is_early_leave()
    {
        var day = Normal(Monday, clockOut: "17:16");

        Assert.Equal(DayStatus.EarlyLeave, day.Status);
        Assert.Equal(14, day.MinutesEarly);
        Assert.Equal(0, day.AbsenceUnits);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_clock_out_16_minutes_before_end_is_absence()
    {
        var day = Normal(Monday, clockOut: "17:14");

        Assert.Equal(DayStatus.Absent, day.Status);
        Assert.Equal(1, day.AbsenceUnits);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_on_time_late_and_early_and_a_missing_punch()
    {
        Assert.Equal(DayStatus.OnTime, Normal(Monday).Status);
        Assert.Equal(DayStatus.LateAndEarlyLeave, Normal(Monday, "08:05", "17:20").Status);
        var missing = Day(Monday, ("07:58", PunchKind.In));
        Assert.Equal(DayStatus.MissingPunch, missing.Status);
        Assert.True(missing.MissingOut);
        Assert.Equal(0, missing.AbsenceUnits);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_approved_leave_covers_the_day_without_punches()
    {
        var day = new AttendanceRules(_options).Classify(Shift(Monday), [], LeaveKind.Sick, Now);

        Assert.Equal(DayStatus.Leave, day.Status);
        Assert.Equal(0, day.AbsenceUnits);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_a_shift_that_has_not_ended_is_not_yet_judged_on_its_clock_out()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 10, 0, 0, Centre));

        Assert.Equal(DayStatus.Working, Day(Monday, ("07:59", PunchKind.In)).Status);
        Assert.Equal(DayStatus.Late, Day(Monday, ("08:07", PunchKind.In)).Status);
        Assert.Equal(DayStatus.Upcoming, Day(Monday.AddDays(1)).Status);
        Assert.Equal(DayStatus.Absent, Day(Monday).Status); // 10:00, nobody clocked in since 08:00
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void GEN_05_a_day_before_attendance_was_tracked_is_not_absence()
    {
        var rules = new AttendanceRules(_options);

        var before = rules.Classify(Shift(Monday), [], null, Now, trackedFrom: Monday.AddDays(1));
        var after = rules.Classify(Shift(Monday.AddDays(1)), [], null, Now, trackedFrom: Monday.AddDays(1));

        Assert.Equal(DayStatus.NotTracked, before.Status);
        Assert.Equal(0, before.AbsenceUnits);
        Assert.Equal(DayStatus.Absent, after.Status);
        Assert.Equal(0m, rules.Assess(2026, 11, [before], 4300m).YearAbsenceDays);
    }

    [Fact]
    [Trait("Rule", "GEN-04")]
    public void GEN_04_the_third_short_late_in_a_month_is_counted()
    {
        var rules = new AttendanceRules(_options);
        var days = new[] { Normal(Monday, "08:05"), Normal(Monday.AddDays(1), "08:09"), Normal(Monday.AddDays(2), "08:03") };

        var month = rules.Assess(2026, 11, days, 4300m);

        Assert.True(month.Days[0].ToleratedLate);
        Assert.Equal(AttendanceRuleIds.Tolerance, month.Days[0].RuleId);
        Assert.True(month.Days[1].ToleratedLate);
        Assert.False(month.Days[2].ToleratedLate);
        Assert.True(month.Days[2].CountedLate);
        Assert.Equal(AttendanceRuleIds.LateEarlyAbsence, month.Days[2].RuleId);
        Assert.Equal(2, month.ToleratedLates);
        Assert.Equal(1, month.CountedLates);
    }

    [Fact]
    [Trait("Rule", "GEN-04")]
    public void GEN_04_three_short_lates_over_three_consecutive_months_is_the_limit_and_a_10_minute_late_is_never_short()
    {
        var rules = new AttendanceRules(_options);
        var days = new[]
        {
            Normal(new DateOnly(2026, 9, 7), "08:02"),
            Normal(new DateOnly(2026, 10, 5), "08:04"),
            Normal(new DateOnly(2026, 11, 2), "08:06"), // third in the window: still tolerated
            Normal(new DateOnly(2026, 11, 3), "08:06"), // fourth: counted although the month's first two
            Normal(new DateOnly(2026, 11, 4), "08:10"),
        };

        var month = rules.Assess(2026, 11, days, null);

        Assert.Equal(3, month.Days.Count);
        Assert.True(month.Days[0].ToleratedLate);
        Assert.False(month.Days[1].ToleratedLate);
        Assert.True(month.Days[1].CountedLate);
        Assert.False(month.Days[2].ToleratedLate); // 10 minutes is not under 10
        Assert.True(month.Days[2].CountedLate);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void GEN_05_absence_units_each_deduct_three_daily_wages()
    {
        var rules = new AttendanceRules(_options);
        var days = new[] { Normal(Monday, "08:31"), Day(Monday.AddDays(1)), Normal(Monday.AddDays(2), "13:00") };

        var month = rules.Assess(2026, 11, days, 4300m); // daily wage 4300 ÷ 21.5 = 200

        Assert.Equal(200m, month.DailyWage);
        Assert.Equal(1, month.Days[0].Day.AbsenceUnits);
        Assert.Equal(600m, month.Days[0].DeductionYuan);
        Assert.Equal(2, month.Days[1].Day.AbsenceUnits); // no punch: the whole 8-hour shift
        Assert.Equal(1200m, month.Days[1].DeductionYuan);
        Assert.Equal(1, month.Days[2].Day.AbsenceUnits); // the missed morning, 4 h
        Assert.Equal(AttendanceRuleIds.AbsenceDeduction, month.Days[2].RuleId);
        Assert.Equal(4, month.AbsenceUnits);
        Assert.Equal(2400m, month.DeductionYuan);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void GEN_05_without_a_pay_profile_the_deduction_is_unknown_not_zero()
    {
        var month = new AttendanceRules(_options).Assess(2026, 11, [Day(Monday)], null);

        Assert.Null(month.Days[0].DeductionYuan);
        Assert.Null(month.DeductionYuan);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void GEN_05_rounds_the_deduction_to_cents()
    {
        var month = new AttendanceRules(_options).Assess(2026, 11, [Normal(Monday, "08:45")], 5000m);

        Assert.Equal(697.67m, month.Days[0].DeductionYuan); // 3 × 5000 ÷ 21.5 = 697.674…
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void GEN_05_the_third_day_of_absence_in_a_year_is_flagged_for_a_fine_or_dismissal()
    {
        var rules = new AttendanceRules(_options);
        var days = new[]
        {
            Day(new DateOnly(2026, 3, 2)),            // 1 day
            Normal(new DateOnly(2026, 6, 1), "09:00"), // half a day
            Day(Monday),                               // 2.5 days
            Normal(Monday.AddDays(1), "08:40"),         // 3 days: the limit
            Day(Monday.AddDays(2)),
        };

        var month = rules.Assess(2026, 11, days, 4300m);

        Assert.False(month.Days[0].AbsenceLimitReached);
        Assert.True(month.Days[1].AbsenceLimitReached);
        Assert.False(month.Days[2].AbsenceLimitReached); // flagged once, on the day the limit is reached
        Assert.True(month.AbsenceLimitReached);
        Assert.Equal(4m, month.YearAbsenceDays);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void GEN_05_absence_of_the_year_before_does_not_count()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 31, 20, 0, 0, Centre));
        var days = new[] { Day(new DateOnly(2026, 12, 1)), Day(new DateOnly(2026, 12, 2)), Day(new DateOnly(2027, 1, 4)) };

        var month = new AttendanceRules(_options).Assess(2027, 1, days, 4300m);

        Assert.Equal(1m, month.YearAbsenceDays);
        Assert.False(month.AbsenceLimitReached);
        Assert.Equal(new DateOnly(2026, 11, 1), AttendanceRules.HistoryStart(2027, 1));
        Assert.Equal(new DateOnly(2026, 1, 1), AttendanceRules.HistoryStart(2026, 11));
    }
}
