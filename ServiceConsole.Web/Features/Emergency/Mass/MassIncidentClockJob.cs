using Quartz;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// Fires before and at a mass complaint's plan (2 h) and resolve-all (48 h) deadlines (EMG-04).
/// Idempotent by the incident: a breach is recorded once and an alert exists once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MassIncidentClockJob(MassIncidentService incidents, ILogger<MassIncidentClockJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ClockScheduler.Read(context) is not { } fire)
        {
            logger.LogWarning("Mass complaint clock job {JobKey} has no incident id", context.JobDetail.Key);
            return;
        }

        if (fire.Kind == ClockAlertKind.Warning)
        {
            await incidents.WarnAsync(fire.SubjectId, fire.Clock, fire.DueAt, cancellationToken);
        }
        else
        {
            await incidents.RefreshAsync(fire.SubjectId, cancellationToken);
        }
    }
}
