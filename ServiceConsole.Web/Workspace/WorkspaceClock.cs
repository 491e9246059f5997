using System.Globalization;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Workspace;

/// <summary>The workspace's now and the centre's local time for display; deadlines travel as UTC for the browser to tick.</summary>
public sealed class WorkspaceClock(TimeProvider time, IOptions<ServiceConsoleOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeProvider Time => time;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Hours and minutes in the centre's zone, with the date when it is not today.</summary>
    public string Local(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var today = TimeZoneInfo.ConvertTime(Now, _zone).Date;
        return local.Date == today
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The deadline as the countdown script reads it: ISO 8601 in UTC with a trailing Z.</summary>
    public static string IsoZ(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The countdown's first text before the browser takes over: m:ss, h:mm:ss past an hour, a minus sign once overdue.</summary>
    public static string Remaining(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var sign = left < TimeSpan.Zero ? "-" : "";
        var abs = left.Duration();
        return abs.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{(int)abs.TotalHours}:{abs.Minutes:00}:{abs.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Minutes}:{abs.Seconds:00}");
    }
}
