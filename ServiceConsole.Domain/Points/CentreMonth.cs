using System.Globalization;

namespace ServiceConsole.Domain.Points;

/// <summary>
/// A calendar month of the centre (<c>2026-11</c>): the ledger, the ratings and the excellent agent are counted per
/// month in the centre's time zone, from its first midnight up to (not including) the next month's.
/// </summary>
public readonly record struct CentreMonth
{
    public CentreMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public CentreMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public CentreMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary><c>yyyy-MM</c> with years 2000 to 2100; anything else is refused.</summary>
    public static bool TryParse(string? text, out CentreMonth month)
    {
        month = default;
        if (text is null || !DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year is < 2000 or > 2100)
        {
            return false;
        }

        month = new CentreMonth(parsed.Year, parsed.Month);
        return true;
    }

    /// <summary>The month <paramref name="instant"/> falls in, read in <paramref name="zone"/>.</summary>
    public static CentreMonth Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new CentreMonth(local.Year, local.Month);
    }

    /// <summary>The first instant of the month in <paramref name="zone"/>.</summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The first instant of the next month in <paramref name="zone"/>: the month's end, exclusive.</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => Next.StartIn(zone);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
