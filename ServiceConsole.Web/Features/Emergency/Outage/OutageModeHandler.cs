using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02 on outage-mode changes, whoever makes them (an agent's report, the coordinator, the API, a drill): switching
/// on opens the outage and starts its 5-minute report clock; switching off restores it, publishes the "system
/// restored" notice and gives every waiting customer a recovery callback due within the hour.
/// </summary>
public sealed class OutageModeHandler(
    PolicyOptions policy,
    ServiceScripts scripts,
    CentreTimeZone centre,
    OutageClockService clocks,
    RecoveryCallbacks recovery,
    WritePath writes,
    ILogger<OutageModeHandler> logger) : IEmergencyModeHandler
{
    public EmergencyMode Mode => EmergencyMode.Outage;

    public Task OnChangedAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken) => entry.Action switch
    {
        EmergencyLogEntry.ActivateAction => OpenAsync(entry, actor, cancellationToken),
        EmergencyLogEntry.DeactivateAction => RestoreAsync(entry, actor, cancellationToken),
        _ => Task.CompletedTask, // a new reason on an outage already open changes nothing of it
    };

    private Task OpenAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken) =>
        writes.ApplyAsync(async write =>
        {
            // The log entry's id names the outage, so handling the same switch twice opens one outage.
            if (await write.Db.Outages.AnyAsync(o => o.Id == entry.Id, cancellationToken))
            {
                return false;
            }

            var incident = OutageIncident.Start(entry.Id, actor.AgentCode ?? actor.Name, entry.Reason, entry.Drill, policy, entry.At);
            write.Db.Outages.Add(incident);
            write.Publish(EmergencyNotices.Change(
                EmergencyMode.Outage, EmergencyNotices.OutageReported, scripts.OutageCustomerMessage, "EMG-02", entry.At, incident.IsDrill, incident.Id));
            write.AfterCommit(_ =>
            {
                logger.LogWarning("Outage {OutageId} reported by {NoticedBy}: {Description}", incident.Id, incident.NoticedBy, incident.Description);
                return clocks.ScheduleAsync(incident, CancellationToken.None);
            });
            return true;
        }, cancellationToken);

    private Task RestoreAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var incident = await db.Outages
                .Where(o => o.RestoredAt == null && o.IsDrill == entry.Drill)
                .OrderByDescending(o => o.StartedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (incident is null)
            {
                logger.LogWarning("Outage mode was switched off by {Actor} with no outage open", actor.Name);
                return false;
            }

            // The notice prints the time in the centre's zone: it is read out to customers there.
            var notice = scripts.OutageRestoredNotice(centre.ToLocal(entry.At));
            var created = await RecoveryCallbacks.AddNewAsync(db, incident.Restore(notice, actor.Name, policy, entry.At), cancellationToken);
            OutageClockService.PublishAll(write, await OutageClockService.AddBreachAlertsAsync(db, incident, cancellationToken));
            recovery.Announce(write, created);
            write.Publish(EmergencyNotices.Change(
                EmergencyMode.Outage, EmergencyNotices.OutageRestored, incident.RestoredNotice, "EMG-02", entry.At, incident.IsDrill, incident.Id));
            write.AfterCommit(_ =>
            {
                logger.LogInformation("Outage {OutageId} restored; {Count} recovery callback(s) due by {DueAt}", incident.Id, created.Count, incident.CallbackDueAt);
                return clocks.ScheduleAsync(incident, CancellationToken.None);
            });
            return true;
        }, cancellationToken);
}
