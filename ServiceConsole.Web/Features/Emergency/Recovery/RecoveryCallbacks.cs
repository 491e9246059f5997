using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Callbacks;

namespace ServiceConsole.Web.Features.Emergency.Recovery;

/// <summary>
/// Stores, schedules and pushes the recovery callbacks an emergency owes (EMG-01 weather, EMG-02 outage), and reports
/// how far they have got. The aggregates decide who is owed a call and by when; this only keeps each call once.
/// </summary>
public sealed class RecoveryCallbacks(CallbackClockService clocks)
{
    /// <summary>
    /// Adds the tasks not stored yet to <paramref name="db"/> (the caller saves, under the write gate), so a job or a
    /// handler that runs twice inserts nothing the second time.
    /// </summary>
    /// <returns>The tasks added; announce them with <see cref="Announce"/>.</returns>
    public static async Task<IReadOnlyList<CallbackTask>> AddNewAsync(
        ConsoleDbContext db, IReadOnlyList<CallbackTask> tasks, CancellationToken cancellationToken)
    {
        if (tasks.Count == 0)
        {
            return [];
        }

        var ids = tasks.Select(t => t.Id).ToList();
        var stored = (await db.Callbacks.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = tasks.Where(t => stored.Add(t.Id)).ToList();
        db.Callbacks.AddRange(fresh);
        return fresh;
    }

    /// <summary>Once the write commits, pushes each task to its agent as <c>taskAssigned</c> and puts its warning and breach on the scheduler.</summary>
    public void Announce(WriteScope write, IReadOnlyList<CallbackTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(write);
        foreach (var task in tasks)
        {
            write.Publish(new TaskAssigned(task.ToResource()));
        }

        if (tasks.Count > 0)
        {
            write.AfterCommit(async _ =>
            {
                foreach (var task in tasks)
                {
                    await clocks.ScheduleAsync(task, CancellationToken.None);
                }
            });
        }
    }

    /// <summary>Counts the calls of <paramref name="query"/> (done, late) and lists them, open ones first by due time.</summary>
    public static async Task<RecoveryProgressResource> ProgressAsync(
        IQueryable<CallbackTask> query, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        if (total == 0)
        {
            return RecoveryProgressResource.None with { DueAt = dueAt };
        }

        var done = await query.CountAsync(t => t.DoneAt != null, cancellationToken);
        var breached = await query.CountAsync(t => t.Breached, cancellationToken);

        var listed = await query
            .OrderBy(t => t.DoneAt != null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.Note)
            .Take(RecoveryProgressResource.ListLimit)
            .Select(t => new RecoveryCallbackResource(t.Id, t.AgentCode, t.Note, t.DueAt, t.DoneAt, t.Breached, t.IsDrill))
            .ToListAsync(cancellationToken);
        return new RecoveryProgressResource(total, done, breached, dueAt, listed);
    }
}
