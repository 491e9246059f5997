namespace ServiceConsole.Domain.Policy;

/// <summary>General company rules (POLICY.md GEN, 制度 1).</summary>
public sealed class GeneralOptions
{
    /// <summary>GEN-01: working hours a week.</summary>
    public int WeeklyHours { get; set; } = 48;

    /// <summary>GEN-01: start of the standard morning shift (centre time), 08:00.</summary>
    public TimeOnly MorningShiftStart { get; set; } = new(8, 0);

    /// <summary>GEN-01: end of the standard morning shift (centre time), 12:00.</summary>
    public TimeOnly MorningShiftEnd { get; set; } = new(12, 0);

    /// <summary>GEN-01: start of the standard afternoon shift (centre time), 13:30.</summary>
    public TimeOnly AfternoonShiftStart { get; set; } = new(13, 30);

    /// <summary>GEN-01: end of the standard afternoon shift (centre time), 17:30.</summary>
    public TimeOnly AfternoonShiftEnd { get; set; } = new(17, 30);

    /// <summary>
    /// GEN-01: the weekly rest days; Monday–Saturday are working days, so by default only Sunday rests. A configured
    /// list replaces the default rather than adding to it (<c>Policy:General:RestDays:0 = Saturday</c>, <c>:1 = Sunday</c>).
    /// </summary>
    public DayOfWeek[] RestDays { get; set; } = [DayOfWeek.Sunday];

    /// <summary>
    /// GEN-01 (interpretation: POLICY.md names no dates): public holidays, as dates (<c>2026-10-01</c>), on which nobody
    /// works whatever the weekday. The company keeps the list each year; none by default.
    /// </summary>
    public DateOnly[] PublicHolidays { get; set; } = [];

    /// <summary>
    /// GEN-01 (interpretation): swapped working days (调休), rest-weekday dates that are worked to make up for a holiday
    /// bridge; each must fall on one of <see cref="RestDays"/>. None by default.
    /// </summary>
    public DateOnly[] SwappedWorkingDays { get; set; } = [];

    /// <summary>
    /// GEN-03/05 (interpretation): the first centre-local date whose attendance counts, when the time clocks were connected.
    /// Before it no punch exists, so a day is "not tracked" rather than absent. When unset, tracking starts on the date of
    /// the first punch the console received.
    /// </summary>
    public DateOnly? AttendanceTrackedFrom { get; set; }

    /// <summary>GEN-02: overtime multiplier on a working day.</summary>
    public decimal OvertimeWorkdayRate { get; set; } = 1.5m;

    /// <summary>GEN-02: overtime multiplier on a rest day.</summary>
    public decimal OvertimeRestDayRate { get; set; } = 2.0m;

    /// <summary>GEN-02: overtime multiplier on a public holiday.</summary>
    public decimal OvertimeHolidayRate { get; set; } = 3.0m;

    /// <summary>GEN-02: working days a month used to derive the daily and hourly rate.</summary>
    public decimal WorkdaysPerMonth { get; set; } = 21.5m;

    /// <summary>GEN-02: working hours a day used to derive the hourly rate.</summary>
    public int HoursPerDay { get; set; } = 8;

    /// <summary>GEN-03: minutes after start up to which a clock-in is late rather than absence.</summary>
    public int LateGraceMinutes { get; set; } = 30;

    /// <summary>GEN-03: minutes before end up to which a clock-out is early leave rather than absence.</summary>
    public int EarlyLeaveGraceMinutes { get; set; } = 15;

    /// <summary>GEN-04: short lates a month that are not deducted.</summary>
    public int ToleratedLatesPerMonth { get; set; } = 2;

    /// <summary>GEN-04: a late shorter than this many minutes counts as short.</summary>
    public int ToleratedLateMinutes { get; set; } = 10;

    /// <summary>GEN-04: short lates over three consecutive months that are not deducted.</summary>
    public int ToleratedLatesPerQuarter { get; set; } = 3;

    /// <summary>GEN-05: absence is counted in units of this many hours.</summary>
    public int AbsenceUnitHours { get; set; } = 4;

    /// <summary>GEN-05: each absence unit deducts this multiple of the daily wage.</summary>
    public decimal AbsenceDeductionDailyWageMultiple { get; set; } = 3m;

    /// <summary>GEN-05: days of absence in a year that lead to a fine or dismissal.</summary>
    public int AbsenceDaysPerYearLimit { get; set; } = 3;

    /// <summary>GEN-06: minimum probation in months.</summary>
    public int ProbationMonths { get; set; } = 3;

    /// <summary>
    /// GEN-07: the rewards and penalties, the causes listed for each kind, and the rule-compliance deduction of each
    /// penalty (<see cref="DisciplineOptions"/>).
    /// </summary>
    public DisciplineOptions Discipline { get; set; } = new();
}
