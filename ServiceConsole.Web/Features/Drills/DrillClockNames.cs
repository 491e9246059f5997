namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// Names of the per-record clocks a drill report judges besides the incident's own
/// (<see cref="Domain.Emergency.EmergencyClocks"/>); the record's short id follows after a colon.
/// </summary>
public static class DrillClockNames
{
    /// <summary>A drill contact's first response (SVC-01/02).</summary>
    public const string FirstResponse = "first-response";

    /// <summary>A drill complaint's verification (CMP-04).</summary>
    public const string Verify = "verify";

    /// <summary>The clock's kind: the part before the colon.</summary>
    public static string KindOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? name : name[..colon];
    }
}
