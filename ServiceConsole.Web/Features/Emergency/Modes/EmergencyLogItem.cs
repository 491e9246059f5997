using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>One line of the mode-change log (EMG-07) as the screen shows it: wire names for mode, action and phase.</summary>
public sealed record EmergencyLogItem(
    string Mode, string Action, string? Phase, bool Drill, string Reason, string Actor, DateTimeOffset At, string? IssueKey)
{
    public static EmergencyLogItem From(EmergencyLogEntry entry) => new(
        WireNames.ToWire(entry.Mode),
        entry.Action,
        entry.Phase is { } phase ? WireNames.ToWire(phase) : null,
        entry.Drill,
        entry.Reason,
        entry.Actor,
        entry.At,
        entry.IssueKey);
}
