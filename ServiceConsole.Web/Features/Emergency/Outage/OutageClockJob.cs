using Quartz;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// Fires before and at an outage's report deadline (EMG-02). Idempotent by the outage: the aggregate records the
/// breach once and an alert exists once, so a fire repeated after a crash changes nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutageClockJob(OutageClockService clocks, ILogger<OutageClockJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ClockScheduler.Read(context) is not { } fire)
        {
            logger.LogWarning("Outage clock job {JobKey} has no outage id", context.JobDetail.Key);
            return;
        }

        if (fire.Kind == ClockAlertKind.Warning)
        {
            await clocks.WarnAsync(fire.SubjectId, fire.DueAt, cancellationToken);
        }
        else if (await clocks.RecordDueBreachesAsync(fire.SubjectId, cancellationToken) > 0)
        {
            logger.LogWarning("Outage {OutageId} was not reported to the technical team in time", fire.SubjectId);
        }
    }
}
