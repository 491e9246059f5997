using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Attendance;

/// <summary>One worked stretch of a day, in centre time (08:00–12:00).</summary>
public sealed record ShiftSegment(TimeOnly Start, TimeOnly End)
{
    public int Minutes => (int)(End - Start).TotalMinutes;
}

/// <summary>
/// The shift an agent owes on a date (GEN-01): its segments in centre time, empty when the day is not worked (a rest
/// day, a holiday, a roster's day off), with the calendar's kind of the day and the roster that set it, if any.
/// </summary>
public sealed record DayShift(DateOnly Date, WorkingDayKind DayKind, IReadOnlyList<ShiftSegment> Segments, Guid? RosterId = null)
{
    public bool IsWorked => Segments.Count > 0;

    public TimeOnly Start => Segments[0].Start;

    public TimeOnly End => Segments[^1].End;

    public int Minutes => Segments.Sum(s => s.Minutes);

    /// <summary>Minutes of the shift that fall between two times of the day (the part missed before a clock-in or after a clock-out).</summary>
    public int WorkedMinutesBetween(TimeOnly from, TimeOnly to)
    {
        var total = 0;
        foreach (var segment in Segments)
        {
            var start = segment.Start > from ? segment.Start : from;
            var end = segment.End < to ? segment.End : to;
            if (end > start)
            {
                total += (int)Math.Ceiling((end - start).TotalMinutes);
            }
        }

        return total;
    }
}

/// <summary>
/// GEN-01 (shift rosters may differ): a roster replaces the standard shift of a team or one agent on the dates from
/// <see cref="From"/> to <see cref="To"/> (inclusive) that fall on <see cref="Weekdays"/> (every weekday when none is
/// named). It either sets other times (one or two segments) or gives the day off. Interpretation: a roster may schedule
/// a weekly rest day (a rotating weekend shift), but never a public holiday; an agent's own roster wins over the team's,
/// and among several the latest created wins.
/// </summary>
public sealed class Roster
{
    private Roster()
    {
    }

    public Roster(Guid id, string? teamCode, string? agentCode, DateOnly from, DateOnly to, IReadOnlyCollection<DayOfWeek> weekdays,
        IReadOnlyList<ShiftSegment> segments, string note, string createdBy, DateTimeOffset createdAt)
    {
        if ((teamCode is null) == (agentCode is null))
        {
            throw new ArgumentException("A roster is for exactly one team or one agent.");
        }

        if (to < from)
        {
            throw new ArgumentException("A roster ends on or after its first day.");
        }

        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(weekdays);
        if (segments.Count > 2 || segments.Any(s => s.End <= s.Start) || (segments.Count == 2 && segments[1].Start < segments[0].End))
        {
            throw new ArgumentException("A roster has at most two ordered segments, each ending after it starts.");
        }

        Id = id;
        TeamCode = teamCode;
        AgentCode = agentCode;
        From = from;
        To = to;
        WeekdayList = string.Join(',', weekdays.Distinct().Order().Select(d => (int)d));
        if (segments.Count > 0)
        {
            FirstStart = segments[0].Start;
            FirstEnd = segments[0].End;
        }

        if (segments.Count > 1)
        {
            SecondStart = segments[1].Start;
            SecondEnd = segments[1].End;
        }

        Note = note;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string? TeamCode { get; private set; }

    public string? AgentCode { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>The weekdays as numbers (0 = Sunday) joined by commas; empty for every weekday.</summary>
    public string WeekdayList { get; private set; } = "";

    public TimeOnly? FirstStart { get; private set; }

    public TimeOnly? FirstEnd { get; private set; }

    public TimeOnly? SecondStart { get; private set; }

    public TimeOnly? SecondEnd { get; private set; }

    public string Note { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsDayOff => FirstStart is null;

    public IReadOnlyList<DayOfWeek> Weekdays =>
        WeekdayList.Length == 0 ? [] : [.. WeekdayList.Split(',').Select(d => (DayOfWeek)int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))];

    public IReadOnlyList<ShiftSegment> Segments =>
        FirstStart is null ? []
        : SecondStart is null ? [new(FirstStart.Value, FirstEnd!.Value)]
        : [new(FirstStart.Value, FirstEnd!.Value), new(SecondStart.Value, SecondEnd!.Value)];

    /// <summary>
    /// GEN-01, interpretation (POLICY.md is silent): taking a roster back never rewrites days already past, whose
    /// attendance (and any deduction) it decided. A roster that has not begun by <paramref name="today"/> is withdrawn
    /// whole (the caller deletes it, <see cref="RosterWithdrawal.Deleted"/>); one that has begun ends the day before
    /// <paramref name="today"/> (<see cref="RosterWithdrawal.Ended"/>); one wholly in the past cannot be taken back.
    /// </summary>
    /// <exception cref="InvalidTransitionException">The roster ended before <paramref name="today"/>.</exception>
    public RosterWithdrawal Withdraw(DateOnly today)
    {
        if (To < today)
        {
            throw new InvalidTransitionException("remove", "past", "A roster wholly in the past decided those days' attendance; it stays on record.");
        }

        if (From >= today)
        {
            return RosterWithdrawal.Deleted;
        }

        To = today.AddDays(-1);
        return RosterWithdrawal.Ended;
    }

    public bool Covers(DateOnly date)
    {
        if (date < From || date > To)
        {
            return false;
        }

        var weekdays = Weekdays;
        return weekdays.Count == 0 || weekdays.Contains(date.DayOfWeek);
    }
}

/// <summary>What <see cref="Roster.Withdraw"/> did: the roster had not begun (delete it), or it now ends yesterday.</summary>
public enum RosterWithdrawal
{
    Deleted,
    Ended,
}

/// <summary>
/// GEN-01: the shift an agent owes on a date. The <see cref="WorkingCalendar"/> says whether the date is a working day,
/// a rest day or a public holiday; on a working day the standard shift applies (08:00–12:00 and 13:30–17:30 from
/// <see cref="GeneralOptions"/>) unless a roster of the agent, else of their team, covers the date. A public holiday is
/// never worked.
/// </summary>
public sealed class ShiftPlanner(GeneralOptions options)
{
    private readonly WorkingCalendar _calendar = new(options);

    public WorkingCalendar Calendar => _calendar;

    public IReadOnlyList<ShiftSegment> StandardSegments { get; } =
    [
        new(options.MorningShiftStart, options.MorningShiftEnd),
        new(options.AfternoonShiftStart, options.AfternoonShiftEnd),
    ];

    /// <param name="date">The centre-local date.</param>
    /// <param name="agentCode">The agent.</param>
    /// <param name="teamCode">The agent's team, or null.</param>
    /// <param name="rosters">The rosters that may apply (any order; those of other agents and teams are ignored).</param>
    public DayShift ShiftOf(DateOnly date, string agentCode, string? teamCode, IEnumerable<Roster> rosters)
    {
        ArgumentNullException.ThrowIfNull(rosters);
        var kind = _calendar.KindOf(date);
        if (kind == WorkingDayKind.PublicHoliday)
        {
            return new DayShift(date, kind, []);
        }

        var covering = rosters.Where(r => r.Covers(date)).ToList();
        var roster = covering.Where(r => r.AgentCode == agentCode).MaxBy(r => r.CreatedAt)
            ?? (teamCode is null ? null : covering.Where(r => r.TeamCode == teamCode).MaxBy(r => r.CreatedAt));
        if (roster is not null)
        {
            return new DayShift(date, kind, roster.Segments, roster.Id);
        }

        return new DayShift(date, kind, _calendar.IsWorkingDay(date) ? StandardSegments : []);
    }
}
