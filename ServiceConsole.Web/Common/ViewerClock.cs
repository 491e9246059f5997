using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Common;

/// <summary>
/// The viewer's time zone for one circuit (after Aspire's BrowserTimeProvider): the centre's zone
/// until the browser reports its own, then the browser's.
/// </summary>
public sealed class ViewerClock(TimeProvider time, CentreTimeZone centre)
{
    public TimeZoneInfo Zone { get; private set; } = centre.Zone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Takes the browser's IANA zone; an unknown or empty id keeps the current zone.</summary>
    public bool TrySetZone(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId == Zone.Id)
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone))
        {
            return false;
        }

        Zone = zone;
        return true;
    }
}
