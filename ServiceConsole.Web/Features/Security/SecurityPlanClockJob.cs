using Quartz;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Security;

/// <summary>INF-11's plan clock: warns before and records the breach at the due time of a data loss with no plan started. Idempotent.</summary>
[DisallowConcurrentExecution]
public sealed class SecurityPlanClockJob(SecurityIncidents incidents, ILogger<SecurityPlanClockJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ClockScheduler.Read(context) is not { } fire)
        {
            logger.LogWarning("Security plan clock job {JobKey} has no incident id", context.JobDetail.Key);
            return;
        }

        await incidents.FireAsync(fire.SubjectId, fire.Kind, fire.DueAt, cancellationToken);
    }
}
