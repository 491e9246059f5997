using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Domain.Emergency;

/// <summary>The names of the emergency clocks, as they appear on the wire and in <see cref="ClockBreach.Clock"/>.</summary>
public static class EmergencyClocks
{
    /// <summary>EMG-02: the supervisor contacts the technical team within 5 min of the outage.</summary>
    public const string Report = "report";

    /// <summary>EMG-04: the handling plan is published within 2 h of the mass complaint opening.</summary>
    public const string Plan = "plan";

    /// <summary>EMG-04: every linked complaint is resolved within 48 h of the mass complaint opening.</summary>
    public const string ResolveAll = "resolve-all";

    public static IReadOnlyList<string> All { get; } = [Report, Plan, ResolveAll];
}
