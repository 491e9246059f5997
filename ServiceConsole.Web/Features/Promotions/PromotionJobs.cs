using Quartz;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary>PRM-03: reminds the direct supervisor that a first review is due; idempotent (sent once, only while it is still to do).</summary>
[DisallowConcurrentExecution]
public sealed class PromotionReminderJob(PromotionWorkflow workflow, ILogger<PromotionReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (PromotionScheduler.Read(context) is not { } id)
        {
            logger.LogWarning("Promotion reminder job {JobKey} names no application", context.JobDetail.Key);
            return;
        }

        if (!await workflow.RemindAsync(id, cancellationToken))
        {
            logger.LogInformation("Promotion {Id}: no first-review reminder sent (reviewed, reminded already, or no supervisor)", id);
        }
    }
}

/// <summary>PRM-04: on the effective day, the agent takes the level the approved promotion gives; idempotent.</summary>
[DisallowConcurrentExecution]
public sealed class PromotionEffectiveJob(PromotionWorkflow workflow, ILogger<PromotionEffectiveJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (PromotionScheduler.Read(context) is not { } id)
        {
            logger.LogWarning("Promotion effective job {JobKey} names no application", context.JobDetail.Key);
            return;
        }

        if (!await workflow.TakeEffectAsync(id, cancellationToken))
        {
            logger.LogInformation("Promotion {Id}: nothing took effect (not approved, or not the effective day yet)", id);
        }
    }
}

/// <summary>
/// At start-up: puts every pending reminder and effective-date job back on the scheduler, so a job lost between a commit
/// and its scheduling still runs (PRM-03, PRM-04).
/// </summary>
public sealed class PromotionJobSync(PromotionWorkflow workflow) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var application in await workflow.PendingJobsAsync(cancellationToken))
        {
            if (application.Status == ServiceConsole.Domain.Promotions.PromotionStatus.Approved)
            {
                await workflow.ScheduleEffectiveAsync(application, cancellationToken);
            }
            else
            {
                await workflow.ScheduleReminderAsync(application, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
