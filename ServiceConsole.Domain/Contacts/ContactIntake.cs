namespace ServiceConsole.Domain.Contacts;

/// <summary>
/// A contact as the telephony, chat or counter system reports it. <paramref name="AgentCode"/>
/// is set when that system already routed it.
/// </summary>
public sealed record ContactIntake(
    Guid Id,
    string ExternalId,
    Channel Channel,
    string CustomerName,
    string CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset ArrivedAt,
    string? AgentCode,
    bool IsDrill = false);
