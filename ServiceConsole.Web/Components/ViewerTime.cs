using System.Globalization;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Components;

/// <summary>
/// The clock of one circuit, in the viewer's time zone (after Aspire's BrowserTimeProvider): the centre's zone
/// (<c>ServiceConsole:TimeZone</c>) unless the signed-in user chose their own in the profile menu (the
/// <see cref="ViewerPreferences.TimeZoneCookie"/> cookie, handed to <see cref="Routes"/> before anything renders, so
/// the prerender and the circuit agree). The browser's own zone is never used: the same instant must read the same
/// on every screen and every machine of the centre. It is the app's clock underneath, so a test's fake clock drives
/// it; every screen formats instants through it. Deadlines still travel to the browser as UTC instants, which
/// countdown.js ticks.
/// </summary>
public sealed class ViewerTime(TimeProvider time, CentreTimeZone centre) : TimeProvider
{
    private TimeZoneInfo _zone = centre.Zone;

    public override TimeZoneInfo LocalTimeZone => _zone;

    public TimeZoneInfo Zone => _zone;

    /// <summary>The centre's zone, which the viewer sees unless they chose another.</summary>
    public TimeZoneInfo CentreZone => centre.Zone;

    /// <summary>How far the viewer's zone is from UTC now: "UTC+8", "UTC+5:30", "UTC-7", "UTC+0".</summary>
    public string UtcOffset => OffsetOf(_zone, time.GetUtcNow());

    /// <summary>A zone's distance from UTC at an instant (summer time included).</summary>
    public static string OffsetOf(TimeZoneInfo zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return OffsetText(zone.GetUtcOffset(at));
    }

    /// <summary>A distance from UTC as the screens write it: "UTC+8", "UTC+5:30", "UTC-7", "UTC+0".</summary>
    public static string OffsetText(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours}:{abs.Minutes:00}");
    }

    /// <summary>Now, in the viewer's zone.</summary>
    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override long GetTimestamp() => time.GetTimestamp();

    public override long TimestampFrequency => time.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        time.CreateTimer(callback, state, dueTime, period);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>A wall-clock time typed in the viewer's zone (a paper form's "10:40") as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone.GetUtcOffset(local));

    /// <summary>Hours and minutes, with the date when it is not today.</summary>
    public string Short(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return local.Date == Now.Date
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Date, hours and minutes.</summary>
    public string Full(DateTimeOffset instant) => ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Hours, minutes and seconds.</summary>
    public string Seconds(DateTimeOffset instant) => ToLocal(instant).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Takes the zone the viewer chose (an IANA id); an unknown or empty id keeps the current zone.</summary>
    public bool TrySetZone(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId == _zone.Id)
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone))
        {
            return false;
        }

        _zone = zone;
        return true;
    }
}
