using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: everything a drill report is built from. The web layer gathers it when the drill
/// ends: the mode's log entries of the drill, other actions people took, the drill's tasks and
/// clocks (from <see cref="OutageIncident.Clocks"/> or <see cref="MassIncident.Clocks"/>), and the
/// people expected to respond (those on duty, or the emergency team).
/// </summary>
public sealed record DrillFacts(
    EmergencyMode Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<EmergencyLogEntry> Log,
    IReadOnlyList<DrillAction> Actions,
    IReadOnlyList<DrillTask> Tasks,
    IReadOnlyList<EmergencyClock> Clocks,
    IReadOnlyList<string> ExpectedResponders);
