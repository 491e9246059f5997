namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>EMG-02: one customer recorded while the system was down, with the recovery callback owed once it is back.</summary>
public sealed record OutageWaitingResource(
    Guid Id,
    string CustomerName,
    string CustomerPhone,
    string? WaybillNo,
    string Issue,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    Guid? CallbackId);
