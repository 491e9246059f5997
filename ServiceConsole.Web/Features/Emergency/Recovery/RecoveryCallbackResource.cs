namespace ServiceConsole.Web.Features.Emergency.Recovery;

/// <summary>One recovery callback of an emergency (EMG-01/02); <paramref name="Note"/> names the customer, phone and waybill.</summary>
public sealed record RecoveryCallbackResource(
    Guid Id, string? AgentCode, string? Note, DateTimeOffset DueAt, DateTimeOffset? DoneAt, bool Breached, bool Drill);
