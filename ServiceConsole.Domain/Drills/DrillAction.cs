using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: something a person did during a drill (moved a phase, acknowledged the outage,
/// recorded a waiting customer, published the plan), as the drill report counts responses.
/// </summary>
public sealed record DrillAction(string Actor, DateTimeOffset At, string What)
{
    /// <summary>
    /// A mode change as an action. Only phase changes count as responses in the report: the
    /// activation and the deactivation are the drill being conducted, not answered.
    /// </summary>
    public static DrillAction? FromLog(EmergencyLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Action == EmergencyLogEntry.PhaseAction
            ? new DrillAction(entry.Actor, entry.At, $"phase {(entry.Phase is { } p ? WireNames.ToWire(p) : "-")}")
            : null;
    }
}
