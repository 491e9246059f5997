namespace ServiceConsole.Web.Features.Contacts;

public sealed record ContactResource(
    Guid Id,
    string ExternalId,
    string Channel,
    string CustomerName,
    string CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset ArrivedAt,
    DateTimeOffset? RespondBy,
    string Status,
    string? AgentCode,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? AnsweredAt,
    double? FirstResponseSeconds,
    bool? WithinTarget,
    DateTimeOffset? ClosedAt,
    bool? Resolved,
    int? Satisfaction,
    bool Drill);
