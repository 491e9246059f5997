using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// A calendar month of the centre, as the monthly assessment names it (<c>2026-11</c> on the wire). Its instants are
/// taken in the centre's time zone: the month starts at local midnight of its first day.
/// </summary>
public readonly record struct AssessmentMonth : IComparable<AssessmentMonth>
{
    /// <summary>The first and last year a month may name; anything else is a typo, not a month to assess.</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    public AssessmentMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public AssessmentMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public AssessmentMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>The month <paramref name="date"/> falls in.</summary>
    public static AssessmentMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Reads <c>yyyy-MM</c> (years <see cref="MinYear"/> to <see cref="MaxYear"/>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AssessmentMonth month)
    {
        month = default;
        if (text is null || !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year is < MinYear or > MaxYear)
        {
            return false;
        }

        month = new AssessmentMonth(parsed.Year, parsed.Month);
        return true;
    }

    /// <summary>Midnight of the first day in <paramref name="zone"/>.</summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone) => LocalMidnight(FirstDay, zone);

    /// <summary>Midnight of the first day of the next month in <paramref name="zone"/>: the end of the month, exclusive.</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => Next.StartIn(zone);

    /// <summary>The instant <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // A local time skipped by a daylight-saving jump does not exist; take the instant the clocks jumped to.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public int CompareTo(AssessmentMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AssessmentMonth left, AssessmentMonth right) => left.CompareTo(right) >= 0;

    /// <summary><c>yyyy-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone) => At(date, TimeOnly.MinValue, zone);
}
