using Quartz;

namespace ServiceConsole.Web.Features.Training;

/// <summary>TRN-06 / SVC-11: ends the suspension a failed training caused, unless the agent carries a newer hold by then.</summary>
[DisallowConcurrentExecution]
public sealed class TrainingSuspensionJob(TrainingAssignments assignments, ILogger<TrainingSuspensionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (TrainingSuspensionScheduler.ReadId(context) is not { } id)
        {
            logger.LogWarning("Training suspension job {JobKey} has no assignment id", context.JobDetail.Key);
            return;
        }

        if (!await assignments.EndSuspensionAsync(id, cancellationToken))
        {
            logger.LogInformation("Training {AssignmentId}: the suspension was not ended (already ended, or a newer hold)", id);
        }
    }
}
