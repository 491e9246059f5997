namespace ServiceConsole.Web.Features.Assessment;

/// <summary>At start-up: puts the next monthly assessment on the scheduler (TRN-03), or leaves a missed one to fire now.</summary>
public sealed class AssessmentSchedule(AssessmentScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await scheduler.ScheduleNextAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
