using Quartz;

namespace ServiceConsole.Web.Scheduling;

/// <summary>Storing a durable job with exactly the triggers its subject needs now.</summary>
internal static class SchedulerReplacing
{
    /// <summary>
    /// Stores <paramref name="job"/> with exactly <paramref name="triggers"/>. Replacing a job keeps its other triggers, so
    /// those no longer wanted (a clock that stopped, a reminder whose time has gone) are dropped first.
    /// </summary>
    public static async Task ReplaceTriggersAsync(
        this IScheduler scheduler, IJobDetail job, IReadOnlyCollection<ITrigger> triggers, CancellationToken cancellationToken)
    {
        var keep = triggers.Select(t => t.Key).ToHashSet();
        var stale = (await scheduler.GetTriggersOfJob(job.Key, cancellationToken)).Select(t => t.Key).Where(k => !keep.Contains(k)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.UnscheduleJobs(stale, cancellationToken);
        }

        await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken);
    }
}
