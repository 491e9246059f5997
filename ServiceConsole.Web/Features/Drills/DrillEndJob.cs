using Quartz;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>EMG-05: a drill's time is up: its mode is switched off and its report written. Ending twice changes nothing.</summary>
[DisallowConcurrentExecution]
public sealed class DrillEndJob(DrillRunner runner, ILogger<DrillEndJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (DrillJobScheduler.ReadId(context, DrillJobScheduler.RunIdKey) is not { } runId)
        {
            logger.LogWarning("Drill-end job {JobKey} has no run id", context.JobDetail.Key);
            return;
        }

        await runner.EndDueAsync(runId, cancellationToken);
    }
}
