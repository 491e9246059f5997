using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// The complaint clocks on Quartz: one durable job per complaint with a warning and a breach trigger
/// per running clock, rescheduled after every change of the complaint; and what the job does when
/// they fire.
/// </summary>
public sealed class ComplaintClockService(
    ClockScheduler scheduler,
    ClockWarningPolicy warnings,
    TimeProvider time,
    WritePath writes,
    IStaffDirectory staff,
    ILogger<ComplaintClockService> logger)
{
    public const string Group = "complaint-clocks";

    /// <summary>Mirrors the complaint's running clocks in the scheduler; a closed complaint has none left.</summary>
    public async Task ScheduleAsync(Complaint complaint, CancellationToken cancellationToken = default)
    {
        var fires = ClockScheduler.FiresFor(complaint.PendingClocks().Select(c => (c.Clock, c.DueAt)), warnings, time.GetUtcNow());

        try
        {
            await scheduler.ScheduleAsync<ComplaintClockJob>(Group, complaint.Id, fires, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The complaint is stored either way; its clocks are still checked at every later step.
            logger.LogError(ex, "Could not schedule the clocks of complaint {ComplaintId}", complaint.Id);
        }
    }

    /// <summary>
    /// Records every clock of the complaint that has run out by now, raises a breach alert for each and
    /// marks the complaint's owed callback breached; returns how many breaches were new.
    /// </summary>
    public Task<int> RecordDueBreachesAsync(Guid complaintId, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
    {
        var db = write.Db;
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        if (complaint is null)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var recorded = complaint.RecordDueBreaches(now);
        if (recorded.Count == 0)
        {
            return 0;
        }

        var raised = await AddBreachAlertsAsync(db, complaint, cancellationToken);
        var owed = await db.Callbacks
            .Where(t => t.ComplaintId == complaintId && t.DoneAt == null)
            .ToListAsync(cancellationToken);
        write.Publish(new ComplaintChanged(complaint.ToResource(staff)));
        PublishAll(write, raised, [.. owed.Where(t => t.MarkBreached(now))]);
        return recorded.Count;
    }, cancellationToken);

    /// <summary>
    /// Adds an alert for each breach on the complaint not alerted yet (breaches recorded by a late step or
    /// at registration included); the write saves them, then publishes each with <see cref="ClockAlertService.Change"/>.
    /// </summary>
    public static async Task<List<ClockAlert>> AddBreachAlertsAsync(ConsoleDbContext db, Complaint complaint, CancellationToken cancellationToken)
    {
        var raised = new List<ClockAlert>();
        foreach (var breach in complaint.Breaches)
        {
            var alert = AlertFor(complaint, ClockAlertKind.Breach, breach.RuleId, breach.Clock, breach.DueAt, breach.RecordedAt);
            if (await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
            {
                raised.Add(alert);
            }
        }

        return raised;
    }

    /// <summary>Raises the warning before <paramref name="clock"/> if it is still running toward the same deadline.</summary>
    public Task<bool> WarnAsync(Guid complaintId, string? clock, DateTimeOffset? dueAt, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
    {
        var db = write.Db;
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        var now = time.GetUtcNow();
        var pending = complaint?.PendingClocks().FirstOrDefault(c => c.Clock == clock && c.DueAt == dueAt);
        if (complaint is null || pending is null || !warnings.StillWorthWarning(pending.DueAt, now))
        {
            return false;
        }

        var alert = AlertFor(complaint, ClockAlertKind.Warning, pending.RuleId, pending.Clock, pending.DueAt, now);
        if (!await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
        {
            return false;
        }

        write.Publish(ClockAlertService.Change(alert));
        return true;
    }, cancellationToken);

    /// <summary>Publishes the alerts raised and the owed callbacks that broke with the complaint's clocks.</summary>
    public static void PublishAll(WriteScope write, IEnumerable<ClockAlert> raised, IEnumerable<CallbackTask> breachedTasks)
    {
        ArgumentNullException.ThrowIfNull(write);
        foreach (var alert in raised)
        {
            write.Publish(ClockAlertService.Change(alert));
        }

        foreach (var task in breachedTasks)
        {
            write.Publish(new TaskAssigned(task.ToResource()));
        }
    }

    private static ClockAlert AlertFor(
        Complaint complaint, ClockAlertKind kind, string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset now) =>
        ClockAlert.Raise(
            kind, ruleId, clock, ClockSubject.Complaint, complaint.Id, complaint.Assignee,
            $"{complaint.WaybillNo} · {complaint.OutletCode}", dueAt, now, complaint.IsDrill);
}
