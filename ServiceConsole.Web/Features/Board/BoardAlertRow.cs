namespace ServiceConsole.Web.Features.Board;

/// <summary>A warning before a deadline or a breach of it, as the board lists them (newest first).</summary>
public sealed record BoardAlertRow(
    Guid Id,
    bool IsBreach,
    string RuleId,
    string Clock,
    bool AboutComplaint,
    Guid SubjectId,
    string? AgentCode,
    string Subject,
    DateTimeOffset DueAt,
    DateTimeOffset RaisedAt,
    bool Drill);
