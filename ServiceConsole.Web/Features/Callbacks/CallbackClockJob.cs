using Quartz;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>
/// Fires before and at a callback's deadline (SVC-05 promise, EMG-01/02 recovery call). Idempotent by
/// the task: a breach is marked once and an alert exists once, so a repeated fire changes nothing.
/// </summary>
/// <remarks>
/// Not <c>[DisallowConcurrentExecution]</c>: a callback's warning and breach may run side by side, because each
/// decides inside the write path, one after the other, from the task as committed (a warning after the breach, or
/// for a due time that moved, raises nothing). Marked non-concurrent, every firing round on a Quartz cluster took
/// the cluster-wide TRIGGER_ACCESS row lock and blocked and unblocked the job's other trigger: a mass incident's
/// thousands of promises fell due faster than two nodes could fire them (docs/benchmarks.md).
/// </remarks>
public sealed class CallbackClockJob(CallbackClockService clocks, ILogger<CallbackClockJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ClockScheduler.Read(context) is not { } fire)
        {
            logger.LogWarning("Callback clock job {JobKey} has no task id", context.JobDetail.Key);
            return;
        }

        if (fire.Kind == ClockAlertKind.Warning)
        {
            await clocks.WarnAsync(fire.SubjectId, fire.DueAt, cancellationToken);
        }
        else if (await clocks.BreachAsync(fire.SubjectId, cancellationToken))
        {
            logger.LogInformation("Callback {CallbackId} ran past its deadline", fire.SubjectId);
        }
    }
}
