using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02's report clock on Quartz: the supervisor contacts the technical team within 5 minutes of the outage. One
/// durable job per outage with a warning and a breach trigger while the report is owed; the outage aggregate judges
/// the breach (met up to and including the due instant) and records it once, whoever notices it first.
/// </summary>
public sealed class OutageClockService(
    ClockScheduler scheduler,
    ClockWarningPolicy warnings,
    TimeProvider time,
    WritePath writes,
    ILogger<OutageClockService> logger)
{
    public const string Group = "outage-clocks";

    /// <summary>Mirrors the report clock in the scheduler: running until acknowledged or restored, then gone.</summary>
    public async Task ScheduleAsync(OutageIncident incident, CancellationToken cancellationToken = default)
    {
        (string, DateTimeOffset)[] running = incident.AcknowledgedAt is null && !incident.IsRestored
            ? [(EmergencyClocks.Report, incident.ReportDueAt)]
            : [];
        var fires = ClockScheduler.FiresFor(running, warnings, time.GetUtcNow());

        try
        {
            await scheduler.ScheduleAsync<OutageClockJob>(Group, incident.Id, fires, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The outage is stored either way and its clock is judged again at the acknowledgement and the restore.
            logger.LogError(ex, "Could not schedule the report clock of outage {OutageId}", incident.Id);
        }
    }

    /// <summary>Raises the warning before the report deadline while the report is still owed toward that deadline.</summary>
    public Task<bool> WarnAsync(Guid outageId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var incident = await db.Outages.AsNoTracking().FirstOrDefaultAsync(o => o.Id == outageId, cancellationToken);
            var now = time.GetUtcNow();
            if (incident is null || incident.AcknowledgedAt is not null || incident.IsRestored
                || incident.ReportDueAt != dueAt || !warnings.StillWorthWarning(incident.ReportDueAt, now))
            {
                return false;
            }

            var alert = AlertFor(incident, ClockAlertKind.Warning, incident.ReportDueAt, now);
            if (!await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
            {
                return false;
            }

            write.Publish(ClockAlertService.Change(alert));
            return true;
        }, cancellationToken);

    /// <summary>Records the report clock if it ran out unacknowledged and raises its breach alert once; returns how many breaches were new.</summary>
    public Task<int> RecordDueBreachesAsync(Guid outageId, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var incident = await write.Db.Outages.FirstOrDefaultAsync(o => o.Id == outageId, cancellationToken);
            if (incident is null || incident.RecordDueBreaches(time.GetUtcNow()) is not { Count: > 0 } recorded)
            {
                return 0;
            }

            PublishAll(write, await AddBreachAlertsAsync(write.Db, incident, cancellationToken));
            return recorded.Count;
        }, cancellationToken);

    /// <summary>
    /// Adds a breach alert for each breach on the outage not alerted yet (one recorded by a late acknowledgement or
    /// restore included); the write saves them and publishes them with <see cref="PublishAll"/>.
    /// </summary>
    public static async Task<List<ClockAlert>> AddBreachAlertsAsync(ConsoleDbContext db, OutageIncident incident, CancellationToken cancellationToken)
    {
        var raised = new List<ClockAlert>();
        foreach (var breach in incident.Breaches)
        {
            var alert = AlertFor(incident, ClockAlertKind.Breach, breach.DueAt, breach.RecordedAt);
            if (await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
            {
                raised.Add(alert);
            }
        }

        return raised;
    }

    public static void PublishAll(WriteScope write, IEnumerable<ClockAlert> raised)
    {
        ArgumentNullException.ThrowIfNull(write);
        foreach (var alert in raised)
        {
            write.Publish(ClockAlertService.Change(alert));
        }
    }

    // Nobody owns the report but the supervisors, who see every alert; the description says which outage.
    private static ClockAlert AlertFor(OutageIncident incident, ClockAlertKind kind, DateTimeOffset dueAt, DateTimeOffset now) =>
        ClockAlert.Raise(
            kind, "EMG-02", EmergencyClocks.Report, ClockSubject.Incident, incident.Id, agentCode: null,
            incident.Description.Length > 60 ? incident.Description[..60] + "…" : incident.Description, dueAt, now, incident.IsDrill);
}
