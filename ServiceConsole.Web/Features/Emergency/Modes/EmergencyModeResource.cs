namespace ServiceConsole.Web.Features.Emergency.Modes;

public sealed record EmergencyModeResource(
    string Mode,
    bool Active,
    string? Phase,
    bool Drill,
    DateTimeOffset? Since,
    string? Reason,
    string? IssueKey,
    string? ChangedBy,
    DateTimeOffset? ChangedAt);
