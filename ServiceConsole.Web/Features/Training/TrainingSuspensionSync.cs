namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// At start-up: puts the end of every suspension still carried (TRN-06, SVC-11) back on the scheduler, so a job lost
/// between a commit and its scheduling cannot leave an agent suspended for good. A past end fires at once.
/// </summary>
public sealed class TrainingSuspensionSync(TrainingAssignments assignments, TrainingSuspensionScheduler scheduler, ILogger<TrainingSuspensionSync> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, until) in await assignments.PendingSuspensionsAsync(cancellationToken))
        {
            if (await scheduler.ScheduledEndAsync(id, cancellationToken) is null)
            {
                logger.LogInformation("Training {AssignmentId}: scheduling the end of its suspension again", id);
                await scheduler.ScheduleAsync(id, until, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
