namespace ServiceConsole.Web.Features.Alerts;

/// <summary>
/// A warning before a deadline or a breach of it (an addition to the contract: <c>clockAlert</c> on
/// the hub, <c>GET /api/v1/alerts</c>). <c>kind</c> is <c>warning|breach</c>, <c>subjectKind</c>
/// <c>complaint|callback|incident|contact</c>.
/// </summary>
public sealed record ClockAlertResource(
    Guid Id,
    string Kind,
    string RuleId,
    string Clock,
    string SubjectKind,
    Guid SubjectId,
    string? AgentCode,
    string Subject,
    DateTimeOffset DueAt,
    DateTimeOffset RaisedAt,
    bool Drill);
