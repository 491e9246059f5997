using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Web.Components;

/// <summary>
/// A time zone in the viewer's words and its distance from UTC: "北京时间 UTC+8", "China Standard Time (UTC+8)".
/// The names are the console's own (<c>Zone_*</c> in SharedResource), not the server's ICU names, which depend on
/// the culture the zone happened to be loaded in; a zone without a name shows its IANA id.
/// </summary>
public static class ZoneNames
{
    public static string Name(IStringLocalizer<SharedResource> text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var name = text["Zone_" + zone.Id.Replace('/', '_')];
        return name.ResourceNotFound ? zone.Id : name.Value;
    }

    public static string Label(IStringLocalizer<SharedResource> text, TimeZoneInfo zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["ZoneLabel", Name(text, zone), ViewerTime.OffsetOf(zone, at)];
    }
}
