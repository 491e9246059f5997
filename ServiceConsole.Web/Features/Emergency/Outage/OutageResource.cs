using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02: one system outage. <paramref name="Open"/> until restored; the report clock to the technical team runs
/// to <paramref name="ReportDueAt"/> and stops at <paramref name="AcknowledgedAt"/>; customers are told
/// <paramref name="CustomerMessage"/>; after the restore every waiting customer is owed a call by <paramref name="CallbackDueAt"/>.
/// </summary>
public sealed record OutageResource(
    Guid Id,
    bool Open,
    bool Drill,
    DateTimeOffset StartedAt,
    string NoticedBy,
    string Description,
    DateTimeOffset ReportDueAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    bool ReportBreached,
    DateTimeOffset EstimatedRestoreAt,
    string CustomerMessage,
    DateTimeOffset? RestoredAt,
    string? RestoredBy,
    string? RestoredNotice,
    DateTimeOffset? CallbackDueAt,
    IReadOnlyList<OutageWaitingResource> Waiting,
    RecoveryProgressResource Recovery) : IPersonalRecordHolder
{
    IEnumerable<IPersonalRecord> IPersonalRecordHolder.PersonalRecords => Waiting;

    public object Reshape(Func<IPersonalRecord, IPersonalRecord> shape) => this with { Waiting = [.. Waiting.Select(w => (OutageWaitingResource)shape(w))] };
}
