using Quartz;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05: a drill schedule's cron trigger fired. The run's id comes from the schedule and the planned fire
/// time, so a recovered re-execution after a crash finds the drill already started and does nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DrillStartJob(DrillRunner runner, TimeProvider time, ILogger<DrillStartJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (DrillJobScheduler.ReadId(context, DrillJobScheduler.ScheduleIdKey) is not { } scheduleId)
        {
            logger.LogWarning("Drill job {JobKey} has no schedule id", context.JobDetail.Key);
            return;
        }

        var planned = context.ScheduledFireTimeUtc ?? time.GetUtcNow();
        var result = await runner.StartScheduledAsync(scheduleId, planned, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogWarning("The scheduled drill of {ScheduleId} did not start: {Detail}", scheduleId, result.Detail);
        }
    }
}
