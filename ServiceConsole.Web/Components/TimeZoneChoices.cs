namespace ServiceConsole.Web.Components;

/// <summary>
/// The zones the profile menu offers: the centre's first, then the few the centre's staff work with (mainland,
/// Hong Kong, Xinjiang, UTC for the systems, the London and Los Angeles partners). Any other IANA zone the server
/// knows is accepted by <c>/account/timezone</c> too.
/// </summary>
public static class TimeZoneChoices
{
    public static IReadOnlyList<string> Common { get; } =
        ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Urumqi", "UTC", "Europe/London", "America/Los_Angeles"];

    /// <summary>The centre's zone, then the common ones this server knows, each once.</summary>
    public static IReadOnlyList<TimeZoneInfo> For(TimeZoneInfo centre)
    {
        ArgumentNullException.ThrowIfNull(centre);
        var zones = new List<TimeZoneInfo> { centre };
        foreach (var id in Common)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zones.TrueForAll(z => z.Id != zone.Id))
            {
                zones.Add(zone);
            }
        }

        return zones;
    }
}
