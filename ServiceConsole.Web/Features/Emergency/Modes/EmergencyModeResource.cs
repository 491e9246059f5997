using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Emergency.Modes;

public sealed record EmergencyModeResource(
    [WireEnum<EmergencyMode>] string Mode,
    bool Active,
    [WireEnum<EmergencyPhase>] string? Phase,
    bool Drill,
    DateTimeOffset? Since,
    string? Reason,
    string? IssueKey,
    string? ChangedBy,
    DateTimeOffset? ChangedAt);
