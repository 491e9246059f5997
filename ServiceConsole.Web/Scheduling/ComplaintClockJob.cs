using Quartz;
using ServiceConsole.Web.Services;

namespace ServiceConsole.Web.Scheduling;

/// <summary>
/// Fires at a complaint's due time (verify, resolve, callback, re-callback) and records what has run out.
/// Idempotent by the complaint: the aggregate records each (clock, due time) breach once, so a fire that
/// is repeated after a crash changes nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ComplaintClockJob(ComplaintClockService clocks, ILogger<ComplaintClockJob> logger) : IJob
{
    public const string ComplaintIdKey = "complaintId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetString(ComplaintIdKey, out var raw) || !Guid.TryParse(raw, out var complaintId))
        {
            logger.LogWarning("Complaint clock job {JobKey} has no complaint id", context.JobDetail.Key);
            return;
        }

        var recorded = await clocks.RecordDueBreachesAsync(complaintId, cancellationToken);
        if (recorded > 0)
        {
            logger.LogInformation("Complaint {ComplaintId}: {Count} clock(s) ran out", complaintId, recorded);
        }
    }
}
