using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02 on outage-mode changes, whoever makes them (an agent's report, the coordinator, the API, a drill): switching
/// on opens the outage and starts its 5-minute report clock; switching off restores it, publishes the "system
/// restored" notice and gives every waiting customer a recovery callback due within the hour.
/// </summary>
public sealed class OutageModeHandler(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    PolicyOptions policy,
    ServiceScripts scripts,
    CentreTimeZone centre,
    OutageClockService clocks,
    RecoveryCallbacks recovery,
    EmergencyNotices notices,
    WriteGate gate,
    ILogger<OutageModeHandler> logger) : IEmergencyModeHandler
{
    public EmergencyMode Mode => EmergencyMode.Outage;

    public Task OnChangedAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken) => entry.Action switch
    {
        EmergencyLogEntry.ActivateAction => OpenAsync(entry, actor, cancellationToken),
        EmergencyLogEntry.DeactivateAction => RestoreAsync(entry, actor, cancellationToken),
        _ => Task.CompletedTask, // a new reason on an outage already open changes nothing of it
    };

    private async Task OpenAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        OutageIncident incident;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

            // The log entry's id names the outage, so handling the same switch twice opens one outage.
            if (await db.Outages.AnyAsync(o => o.Id == entry.Id, cancellationToken))
            {
                return;
            }

            incident = OutageIncident.Start(entry.Id, actor.AgentCode ?? actor.Name, entry.Reason, entry.Drill, policy, entry.At);
            db.Outages.Add(incident);
            await db.SaveChangesAsync(cancellationToken);
        }

        await clocks.ScheduleAsync(incident, CancellationToken.None);
        notices.Publish(EmergencyMode.Outage, EmergencyNotices.OutageReported, scripts.OutageCustomerMessage, "EMG-02", entry.At, incident.IsDrill, incident.Id);
        logger.LogWarning("Outage {OutageId} reported by {NoticedBy}: {Description}", incident.Id, incident.NoticedBy, incident.Description);
    }

    private async Task RestoreAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        OutageIncident? incident;
        IReadOnlyList<CallbackTask> created;
        List<ClockAlert> raised;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            incident = await db.Outages
                .Where(o => o.RestoredAt == null && o.IsDrill == entry.Drill)
                .OrderByDescending(o => o.StartedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (incident is null)
            {
                logger.LogWarning("Outage mode was switched off by {Actor} with no outage open", actor.Name);
                return;
            }

            // The notice prints the time in the centre's zone: it is read out to customers there.
            var notice = scripts.OutageRestoredNotice(centre.ToLocal(entry.At));
            created = await RecoveryCallbacks.AddNewAsync(db, incident.Restore(notice, actor.Name, policy, entry.At), cancellationToken);
            raised = await OutageClockService.AddBreachAlertsAsync(db, incident, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await clocks.ScheduleAsync(incident, CancellationToken.None);
        clocks.PublishAll(raised);
        await recovery.AnnounceAsync(created);
        notices.Publish(EmergencyMode.Outage, EmergencyNotices.OutageRestored, incident.RestoredNotice, "EMG-02", entry.At, incident.IsDrill, incident.Id);
        logger.LogInformation("Outage {OutageId} restored; {Count} recovery callback(s) due by {DueAt}", incident.Id, created.Count, incident.CallbackDueAt);
    }
}
