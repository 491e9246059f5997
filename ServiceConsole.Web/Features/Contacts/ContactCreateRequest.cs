namespace ServiceConsole.Web.Features.Contacts;

public sealed record ContactCreateRequest(
    string? ExternalId,
    string? Channel,
    string? CustomerName,
    string? CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset? ArrivedAt,
    string? AgentCode);
