namespace ServiceConsole.Web.Components;

/// <summary>
/// The zones the profile menu offers: the centre's first, then those configured in
/// <c>ServiceConsole:TimeZoneChoices</c> (checked at start-up), each once. <c>/account/timezone</c> accepts any other
/// IANA zone the server knows too, so a link can name one.
/// </summary>
public static class TimeZoneChoices
{
    /// <summary>The centre's zone, then the configured ones this server knows, each once.</summary>
    public static IReadOnlyList<TimeZoneInfo> For(TimeZoneInfo centre, IEnumerable<string>? configured)
    {
        ArgumentNullException.ThrowIfNull(centre);
        var zones = new List<TimeZoneInfo> { centre };
        foreach (var id in configured ?? [])
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zones.TrueForAll(z => z.Id != zone.Id))
            {
                zones.Add(zone);
            }
        }

        return zones;
    }
}
