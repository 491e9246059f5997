using System.Globalization;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>The workspace's now and the centre's local time for display; deadlines travel as UTC for the browser to tick.</summary>
public sealed class WorkspaceClock(TimeProvider time, CentreTimeZone centre)
{
    private readonly TimeZoneInfo _zone = centre.Zone;

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
}
