using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>An emergency mode in the contract's wire shape.</summary>
public static class EmergencyModeMapping
{
    public static EmergencyModeResource ToResource(this EmergencyModeState m) => new(
        WireNames.ToWire(m.Mode), m.Active, m.Phase is { } phase ? WireNames.ToWire(phase) : null, m.Drill, m.Since,
        m.Reason, m.IssueKey, m.ChangedBy, m.ChangedAt);
}
