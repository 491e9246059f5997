using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Attendance;

/// <summary>A punch in centre-local time, as the classifier reads it.</summary>
public sealed record LocalPunch(DateTime At, PunchKind Kind);

/// <summary>What one day's shift and punches amount to, before the month's tolerance and deductions (GEN-03).</summary>
public sealed record DayClassification(
    DayShift Shift,
    DayStatus Status,
    int MinutesLate,
    int MinutesEarly,
    int AbsenceUnits,
    LeaveKind? Leave,
    DateTime? FirstIn,
    DateTime? LastOut,
    bool MissingIn,
    bool MissingOut)
{
    public DateOnly Date => Shift.Date;
}

/// <summary>One day of the month as the sheet and the API show it: the classification with its GEN-04/05 consequences.</summary>
public sealed record AttendanceDay(
    DayClassification Day,
    string RuleId,
    bool ToleratedLate,
    bool CountedLate,
    decimal? DeductionYuan,
    bool AbsenceLimitReached)
{
    public DateOnly Date => Day.Date;

    public DayStatus Status => Day.Status;
}

/// <summary>A month of an agent's attendance with its totals.</summary>
public sealed record AttendanceMonth(
    int Year,
    int Month,
    IReadOnlyList<AttendanceDay> Days,
    decimal? DailyWage,
    decimal YearAbsenceDays,
    bool AbsenceLimitReached)
{
    public int Lates => Days.Count(d => d.Day.MinutesLate > 0 && d.Status is DayStatus.Late or DayStatus.LateAndEarlyLeave);

    public int ToleratedLates => Days.Count(d => d.ToleratedLate);

    public int CountedLates => Days.Count(d => d.CountedLate);

    public int EarlyLeaves => Days.Count(d => d.Status is DayStatus.EarlyLeave or DayStatus.LateAndEarlyLeave);

    public int AbsenceUnits => Days.Sum(d => d.Day.AbsenceUnits);

    public int MissingPunches => Days.Count(d => d.Status == DayStatus.MissingPunch);

    public int LeaveDays => Days.Count(d => d.Status == DayStatus.Leave);

    /// <summary>The month's deductions in yuan; null when a deduction is due but the pay profile is missing.</summary>
    public decimal? DeductionYuan => Days.Any(d => d.Day.AbsenceUnits > 0 && d.DeductionYuan is null) ? null : Days.Sum(d => d.DeductionYuan ?? 0m);
}

/// <summary>
/// GEN-03…05, the classification of a shift from its punches and the month's consequences.
/// <para>GEN-03 (interpretation of the punches): the day's first clock-in is compared with the shift's start and its last
/// clock-out with the shift's end; the lunch break is not punched. A clock-in up to <see cref="GeneralOptions.LateGraceMinutes"/>
/// (30) after the start is late, later is absence; a clock-out up to <see cref="GeneralOptions.EarlyLeaveGraceMinutes"/> (15)
/// before the end is early leave, earlier is absence. Approved leave covering the date excuses it whatever the punches.
/// A day with one punch but not the other is a missing punch (no deduction; a supervisor corrects it). A day with no
/// punch at all is absence for the whole shift. Days before attendance was tracked (a configured date, else the first
/// punch the console received) are not tracked: neither worked nor absent. Punches belong to the centre-local date they fall on (no shift crosses
/// midnight).</para>
/// <para>GEN-05 (interpretation of the units): the shift minutes missed before a late clock-in or after an early
/// clock-out beyond the grace are counted in units of <see cref="GeneralOptions.AbsenceUnitHours"/> (4 h), rounded up
/// (a clock-in 31 minutes late is one unit), at most the shift's own units; each unit deducts
/// <see cref="GeneralOptions.AbsenceDeductionDailyWageMultiple"/> (3) × the daily wage, the daily wage being the monthly
/// base ÷ <see cref="GeneralOptions.WorkdaysPerMonth"/> (21.5), rounded to cents per day. A year's days of absence are
/// its units × 4 h ÷ <see cref="GeneralOptions.HoursPerDay"/> (8 h), counted from 1 January; the day on which they
/// reach <see cref="GeneralOptions.AbsenceDaysPerYearLimit"/> (3) is flagged for the fine-or-dismissal decision.</para>
/// <para>GEN-04 (interpretation of the tolerance): a late shorter than <see cref="GeneralOptions.ToleratedLateMinutes"/> (10)
/// is "short". A short late is tolerated, not deducted, while both limits hold: fewer than
/// <see cref="GeneralOptions.ToleratedLatesPerMonth"/> (2) short lates earlier in the same month, and fewer than
/// <see cref="GeneralOptions.ToleratedLatesPerQuarter"/> (3) short lates in the window of this month and the two months
/// before it. So the third short late of a month is always counted. Tolerated lates are still kept for the year-end
/// review. Every other late is counted (deductible): POLICY.md sets no amount for a late, so the console counts it for
/// payroll and deducts no yuan itself.</para>
/// </summary>
public sealed class AttendanceRules(GeneralOptions options)
{
    private readonly GeneralOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>GEN-05: the daily wage, monthly base ÷ 21.5 (not rounded).</summary>
    public decimal DailyWage(decimal monthlyBase) => monthlyBase / _options.WorkdaysPerMonth;

    /// <summary>GEN-03: classifies one day from its shift, its punches (centre-local), its approved leave and the centre-local now.</summary>
    public DayClassification Classify(DayShift shift, IReadOnlyList<LocalPunch> punches, LeaveKind? approvedLeave, DateTime now, DateOnly? trackedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(punches);
        var ins = punches.Where(p => p.Kind == PunchKind.In && DateOnly.FromDateTime(p.At) == shift.Date).Select(p => p.At).Order().ToList();
        var outs = punches.Where(p => p.Kind == PunchKind.Out && DateOnly.FromDateTime(p.At) == shift.Date).Select(p => p.At).Order().ToList();
        DateTime? firstIn = ins.Count > 0 ? ins[0] : null;
        DateTime? lastOut = outs.Count > 0 ? outs[^1] : null;

        if (!shift.IsWorked)
        {
            var status = shift.DayKind == WorkingDayKind.PublicHoliday ? DayStatus.Holiday : DayStatus.RestDay;
            return new DayClassification(shift, status, 0, 0, 0, null, firstIn, lastOut, false, false);
        }

        if (trackedFrom is { } tracked && shift.Date < tracked)
        {
            return new DayClassification(shift, DayStatus.NotTracked, 0, 0, 0, null, firstIn, lastOut, false, false);
        }

        if (approvedLeave is { } leave)
        {
            return new DayClassification(shift, DayStatus.Leave, 0, 0, 0, leave, firstIn, lastOut, false, false);
        }

        var start = shift.Date.ToDateTime(shift.Start);
        var end = shift.Date.ToDateTime(shift.End);
        var lateGrace = TimeSpan.FromMinutes(_options.LateGraceMinutes);
        var earlyGrace = TimeSpan.FromMinutes(_options.EarlyLeaveGraceMinutes);
        var unitMinutes = _options.AbsenceUnitHours * 60;
        var maxUnits = (int)Math.Ceiling(shift.Minutes / (double)unitMinutes);
        var over = now >= end;

        if (firstIn is null && lastOut is null)
        {
            if (now < start || (!over && now - start <= lateGrace))
            {
                return new DayClassification(shift, DayStatus.Upcoming, 0, 0, 0, null, null, null, false, false);
            }

            return new DayClassification(shift, DayStatus.Absent, 0, 0, maxUnits, null, null, null, true, over);
        }

        var missed = 0;
        var minutesLate = 0;
        var minutesEarly = 0;
        if (firstIn is { } clockIn && clockIn > start)
        {
            var lateBy = clockIn - start;
            if (lateBy > lateGrace)
            {
                missed += shift.WorkedMinutesBetween(shift.Start, TimeOnly.FromDateTime(clockIn));
            }
            else
            {
                minutesLate = (int)Math.Ceiling(lateBy.TotalMinutes);
            }
        }

        if (lastOut is { } clockOut && clockOut < end && (firstIn is null || clockOut > firstIn))
        {
            var earlyBy = end - clockOut;
            if (earlyBy > earlyGrace)
            {
                missed += shift.WorkedMinutesBetween(TimeOnly.FromDateTime(clockOut), shift.End);
            }
            else
            {
                minutesEarly = (int)Math.Ceiling(earlyBy.TotalMinutes);
            }
        }

        var units = Math.Min(maxUnits, (int)Math.Ceiling(missed / (double)unitMinutes));
        var missingIn = firstIn is null;
        var missingOut = lastOut is null || (firstIn is not null && lastOut <= firstIn);
        DayStatus result;
        if (units > 0)
        {
            result = DayStatus.Absent;
        }
        else if (missingIn || (missingOut && over))
        {
            result = DayStatus.MissingPunch;
        }
        else if (missingOut)
        {
            result = minutesLate > 0 ? DayStatus.Late : DayStatus.Working;
        }
        else
        {
            result = (minutesLate > 0, minutesEarly > 0) switch
            {
                (true, true) => DayStatus.LateAndEarlyLeave,
                (true, false) => DayStatus.Late,
                (false, true) => DayStatus.EarlyLeave,
                _ => DayStatus.OnTime,
            };
        }

        return new DayClassification(shift, result, minutesLate, minutesEarly, units, null, firstIn, missingOut ? null : lastOut, missingIn, missingOut && over);
    }

    /// <summary>
    /// GEN-04/05: the month's days with tolerance, deductions and the year's absence flag.
    /// <paramref name="days"/> must hold every classified day from the earlier of 1 January of the month's year and the
    /// first day of the month two months before, up to the end of the month (earlier days only count).
    /// </summary>
    public AttendanceMonth Assess(int year, int month, IReadOnlyList<DayClassification> days, decimal? monthlyBase)
    {
        ArgumentNullException.ThrowIfNull(days);
        var first = new DateOnly(year, month, 1);
        var windowStart = first.AddMonths(-2);
        var yearStart = new DateOnly(year, 1, 1);
        decimal? dailyWage = monthlyBase is { } b ? DailyWage(b) : null;
        var unitHours = (decimal)_options.AbsenceUnitHours;
        var limitHours = _options.AbsenceDaysPerYearLimit * (decimal)_options.HoursPerDay;

        var ordered = days.OrderBy(d => d.Date).ToList();
        var shortInWindow = 0;
        var shortInMonth = 0;
        var yearAbsenceHours = 0m;
        var limitReached = false;
        var result = new List<AttendanceDay>();
        foreach (var day in ordered)
        {
            if (day.Date >= first.AddMonths(1))
            {
                break;
            }

            var inMonth = day.Date >= first;
            var isLate = day.MinutesLate > 0 && day.Status is DayStatus.Late or DayStatus.LateAndEarlyLeave or DayStatus.MissingPunch;
            var isShort = isLate && day.MinutesLate < _options.ToleratedLateMinutes;
            var tolerated = false;
            if (isShort && inMonth)
            {
                tolerated = shortInMonth < _options.ToleratedLatesPerMonth && shortInWindow < _options.ToleratedLatesPerQuarter;
            }

            if (isShort && day.Date >= windowStart)
            {
                shortInWindow++;
                if (inMonth)
                {
                    shortInMonth++;
                }
            }

            var reachedToday = false;
            if (day.Date >= yearStart && day.AbsenceUnits > 0)
            {
                var before = yearAbsenceHours;
                yearAbsenceHours += day.AbsenceUnits * unitHours;
                reachedToday = before < limitHours && yearAbsenceHours >= limitHours;
                limitReached |= yearAbsenceHours >= limitHours;
            }

            if (!inMonth)
            {
                continue;
            }

            decimal? deduction = day.AbsenceUnits == 0
                ? 0m
                : dailyWage is { } wage
                    ? Math.Round(day.AbsenceUnits * _options.AbsenceDeductionDailyWageMultiple * wage, 2, MidpointRounding.AwayFromZero)
                    : null;
            var ruleId = day.Status switch
            {
                DayStatus.Absent => AttendanceRuleIds.AbsenceDeduction,
                DayStatus.RestDay or DayStatus.Holiday or DayStatus.Upcoming or DayStatus.NotTracked => AttendanceRuleIds.WorkingTime,
                _ when tolerated => AttendanceRuleIds.Tolerance,
                _ => AttendanceRuleIds.LateEarlyAbsence,
            };
            result.Add(new AttendanceDay(day, ruleId, tolerated, isLate && !tolerated, deduction, reachedToday));
        }

        return new AttendanceMonth(year, month, result, dailyWage is { } w ? Math.Round(w, 2, MidpointRounding.AwayFromZero) : null,
            yearAbsenceHours / _options.HoursPerDay, limitReached);
    }

    /// <summary>The first day <see cref="Assess"/> needs for a month.</summary>
    public static DateOnly HistoryStart(int year, int month)
    {
        var window = new DateOnly(year, month, 1).AddMonths(-2);
        var yearStart = new DateOnly(year, 1, 1);
        return window < yearStart ? window : yearStart;
    }
}

/// <summary>A quote for overtime pay (GEN-02).</summary>
public sealed record OvertimeQuote(decimal Amount, decimal HourlyRate, decimal Multiplier, string RuleId);

/// <summary>
/// GEN-02: overtime pay = hours × hourly rate × 150 % (working day), 200 % (rest day), 300 % (public holiday); hourly
/// rate = monthly base ÷ 21.5 ÷ 8. Interpretation of the rounding: the amount is computed from the unrounded hourly rate
/// and rounded to cents (half away from zero); the hourly rate is shown rounded to cents.
/// </summary>
public sealed class OvertimeCalculator(GeneralOptions options)
{
    private readonly GeneralOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public decimal Multiplier(OvertimeDayKind kind) => kind switch
    {
        OvertimeDayKind.Workday => _options.OvertimeWorkdayRate,
        OvertimeDayKind.RestDay => _options.OvertimeRestDayRate,
        OvertimeDayKind.Holiday => _options.OvertimeHolidayRate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public OvertimeQuote Quote(decimal monthlyBase, decimal hours, OvertimeDayKind kind)
    {
        var hourly = monthlyBase / _options.WorkdaysPerMonth / _options.HoursPerDay;
        var multiplier = Multiplier(kind);
        return new OvertimeQuote(
            Math.Round(hours * hourly * multiplier, 2, MidpointRounding.AwayFromZero),
            Math.Round(hourly, 2, MidpointRounding.AwayFromZero),
            multiplier,
            AttendanceRuleIds.Overtime);
    }

    /// <summary>GEN-01/02: the overtime day kind of a date from the calendar (a swapped working day is a working day).</summary>
    public static OvertimeDayKind DayKindOf(WorkingDayKind kind) => kind switch
    {
        WorkingDayKind.PublicHoliday => OvertimeDayKind.Holiday,
        WorkingDayKind.RestDay => OvertimeDayKind.RestDay,
        _ => OvertimeDayKind.Workday,
    };
}
