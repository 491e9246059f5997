namespace ServiceConsole.Web.Features.Contacts;

/// <param name="IdNumber">INF-04: the customer's ID-card number for real-name sending (optional); kept protected, expires.</param>
public sealed record ContactCreateRequest(
    string? ExternalId,
    string? Channel,
    string? CustomerName,
    string? CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset? ArrivedAt,
    string? AgentCode,
    string? IdNumber = null);
