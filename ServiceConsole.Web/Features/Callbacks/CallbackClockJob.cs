using Quartz;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>
/// Fires before and at a callback's deadline (SVC-05 promise, EMG-01/02 recovery call). Idempotent by
/// the task: a breach is marked once and an alert exists once, so a repeated fire changes nothing.
/// </summary>
[DisallowConcurrentExecution]
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
