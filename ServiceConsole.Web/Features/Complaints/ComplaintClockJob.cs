using Quartz;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Fires before and at a complaint's deadlines (verify, resolve, callback, re-callback): warns, or
/// records what has run out. Idempotent by the complaint: the aggregate records each (clock, due time)
/// breach once and an alert exists once, so a fire repeated after a crash changes nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ComplaintClockJob(ComplaintClockService clocks, ILogger<ComplaintClockJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ClockScheduler.Read(context) is not { } fire)
        {
            logger.LogWarning("Complaint clock job {JobKey} has no complaint id", context.JobDetail.Key);
            return;
        }

        if (fire.Kind == ClockAlertKind.Warning)
        {
            await clocks.WarnAsync(fire.SubjectId, fire.Clock, fire.DueAt, cancellationToken);
            return;
        }

        var recorded = await clocks.RecordDueBreachesAsync(fire.SubjectId, cancellationToken);
        if (recorded > 0)
        {
            logger.LogInformation("Complaint {ComplaintId}: {Count} clock(s) ran out", fire.SubjectId, recorded);
        }
    }
}
