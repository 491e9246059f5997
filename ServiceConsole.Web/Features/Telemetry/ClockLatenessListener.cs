using Quartz;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>
/// Records every Quartz job's lateness (<see cref="ConsoleMetrics.ClockLatenessName"/>): the moment the scheduler fired
/// the trigger minus the moment the trigger was due, both on the scheduler's clock, tagged with the job's group
/// (<c>complaint-clocks</c>, <c>callback-clocks</c>…). A trigger recovered after a restart or fired by its misfire
/// instruction shows the whole delay, which is what an operator needs to see.
/// </summary>
internal sealed class ClockLatenessListener(ConsoleMetrics metrics) : IJobListener
{
    public string Name => nameof(ClockLatenessListener);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ScheduledFireTimeUtc is { } scheduled)
        {
            var lateness = context.FireTimeUtc - scheduled;
            metrics.ClockFired(context.JobDetail.Key.Group, lateness < TimeSpan.Zero ? TimeSpan.Zero : lateness);
        }

        return default;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) => default;
}
