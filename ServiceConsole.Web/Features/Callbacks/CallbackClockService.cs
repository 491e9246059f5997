using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>
/// The deadline of a callback owed on its own (the SVC-05 promise, an emergency recovery call): a
/// warning before it and the breach at it, one durable Quartz job per task. A complaint's callback
/// runs on the complaint's clock instead (<see cref="ComplaintClockService"/>).
/// </summary>
public sealed class CallbackClockService(
    ClockScheduler scheduler,
    ClockWarningPolicy warnings,
    TimeProvider time,
    WritePath writes,
    ILogger<CallbackClockService> logger)
{
    public const string Group = "callback-clocks";

    public async Task ScheduleAsync(CallbackTask task, CancellationToken cancellationToken = default)
    {
        if (task.ComplaintId is not null)
        {
            return;
        }

        var fires = ClockScheduler.FiresFor(task.IsDone ? [] : [(task.Clock, task.DueAt)], warnings, time.GetUtcNow());

        try
        {
            await scheduler.ScheduleAsync<CallbackClockJob>(Group, task.Id, fires, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The task is stored either way and shows overdue on every screen; only the push would be late.
            logger.LogError(ex, "Could not schedule the deadline of callback {CallbackId}", task.Id);
        }
    }

    /// <summary>Marks the callback breached if it is still owed past its due time; pushes the task and an alert once.</summary>
    public Task<bool> BreachAsync(Guid taskId, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var task = await db.Callbacks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
            var now = time.GetUtcNow();
            if (task is null || !task.MarkBreached(now))
            {
                return false;
            }

            var alert = await AlertForAsync(db, task, ClockAlertKind.Breach, now, cancellationToken);
            await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken);
            write.Publish(new TaskAssigned(task.ToResource()));
            write.Publish(ClockAlertService.Change(alert));
            return true;
        }, cancellationToken);

    /// <summary>Raises the warning before the callback's deadline if the call is still owed by that deadline.</summary>
    public Task<bool> WarnAsync(Guid taskId, DateTimeOffset? dueAt, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var task = await db.Callbacks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
            var now = time.GetUtcNow();
            if (task is null || task.IsDone || task.DueAt != dueAt || !warnings.StillWorthWarning(task.DueAt, now))
            {
                return false;
            }

            var alert = await AlertForAsync(db, task, ClockAlertKind.Warning, now, cancellationToken);
            if (!await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
            {
                return false;
            }

            write.Publish(ClockAlertService.Change(alert));
            return true;
        }, cancellationToken);

    private static async Task<ClockAlert> AlertForAsync(
        ConsoleDbContext db, CallbackTask task, ClockAlertKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = task.Note ?? "";
        if (task.ContactId is { } contactId)
        {
            subject = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
                .Select(c => c.WaybillNo ?? c.ExternalId).FirstOrDefaultAsync(cancellationToken) ?? subject;
        }

        return ClockAlert.Raise(kind, task.RuleId, task.Clock, ClockSubject.Callback, task.Id, task.AgentCode, subject, task.DueAt, now, task.IsDrill);
    }
}
