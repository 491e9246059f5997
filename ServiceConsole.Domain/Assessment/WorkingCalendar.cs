using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// GEN-01 working days: Monday–Saturday by default (<see cref="GeneralOptions.RestDays"/> names the weekly rest days),
/// never on a public holiday (<see cref="GeneralOptions.PublicHolidays"/>), and also on a rest-weekday date that was
/// swapped into a working day (<see cref="GeneralOptions.SwappedWorkingDays"/>, 调休). Dates are the centre's calendar
/// dates; the caller converts an instant in the centre's time zone first.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DayOfWeek> _restDays;
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _swapped;

    public WorkingCalendar(GeneralOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _restDays = [.. options.RestDays ?? []];
        _holidays = [.. options.PublicHolidays ?? []];
        _swapped = [.. options.SwappedWorkingDays ?? []];
    }

    public WorkingCalendar(PolicyOptions options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).General)
    {
    }

    /// <summary>Whether <paramref name="date"/> is worked: a holiday never is; a swapped day always is; else its weekday decides.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (_holidays.Contains(date))
        {
            return false;
        }

        return _swapped.Contains(date) || !_restDays.Contains(date.DayOfWeek);
    }

    /// <summary>Why <paramref name="date"/> is or is not worked, for a screen to say.</summary>
    public WorkingDayKind KindOf(DateOnly date) =>
        _holidays.Contains(date) ? WorkingDayKind.PublicHoliday
        : _swapped.Contains(date) ? WorkingDayKind.SwappedWorkingDay
        : _restDays.Contains(date.DayOfWeek) ? WorkingDayKind.RestDay
        : WorkingDayKind.WorkingDay;

    /// <summary>
    /// TRN-03: the day of the monthly assessment, the last working day of the month. A month without a single working
    /// day (every date a holiday: a configuration no company has, but one the options allow) falls back to its last
    /// calendar day, so every month is still assessed.
    /// </summary>
    public DateOnly LastWorkingDayOf(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        for (var day = last; day.Month == month; day = day.AddDays(-1))
        {
            if (IsWorkingDay(day))
            {
                return day;
            }

            if (day.Day == 1)
            {
                break;
            }
        }

        return last;
    }

    /// <inheritdoc cref="LastWorkingDayOf(int, int)"/>
    public DateOnly LastWorkingDayOf(AssessmentMonth month) => LastWorkingDayOf(month.Year, month.Month);

    /// <summary>The working days of a month, first to last.</summary>
    public IEnumerable<DateOnly> WorkingDaysOf(AssessmentMonth month)
    {
        for (var day = month.FirstDay; day <= month.LastDay; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                yield return day;
            }
        }
    }
}

/// <summary>Why a date is or is not a working day (GEN-01).</summary>
public enum WorkingDayKind
{
    WorkingDay,
    RestDay,
    PublicHoliday,
    SwappedWorkingDay
}
