using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>An outage in the API's shape, with the progress of its recovery calls; an agent's view keeps only their own (INF-05).</summary>
internal static class OutageResources
{
    public static async Task<OutageResource> ToResourceAsync(
        ConsoleDbContext db, OutageIncident o, string customerMessage, Actor? viewer, CancellationToken cancellationToken)
    {
        var ownOnly = viewer is { ActsOnlyAsAgent: true };
        var waiting = o.Waiting.Where(w => !ownOnly || w.RecordedBy == viewer!.AgentCode).OrderBy(w => w.RecordedAt).ToList();
        var callbackIds = o.Waiting.Where(w => w.CallbackTaskId is not null).Select(w => w.CallbackTaskId!.Value).Distinct().ToList();
        var callbacks = db.Callbacks.AsNoTracking().Where(c => callbackIds.Contains(c.Id));
        if (ownOnly)
        {
            callbacks = callbacks.Where(c => c.AgentCode == viewer!.AgentCode);
        }

        var progress = await RecoveryCallbacks.ProgressAsync(callbacks, o.CallbackDueAt, cancellationToken);
        return new OutageResource(
            o.Id, !o.IsRestored, o.IsDrill, o.StartedAt, o.NoticedBy, o.Description, o.ReportDueAt, o.AcknowledgedAt, o.AcknowledgedBy,
            o.ReportClock.Breached, o.EstimatedRestoreAt, customerMessage, o.RestoredAt, o.RestoredBy, o.RestoredNotice, o.CallbackDueAt,
            [.. waiting.Select(ToResource)], progress);
    }

    public static OutageWaitingResource ToResource(OutageWaitingCustomer w) =>
        new(w.Id, w.CustomerName, w.CustomerPhone, w.WaybillNo, w.Issue, w.RecordedBy, w.RecordedAt, w.CallbackTaskId);
}
