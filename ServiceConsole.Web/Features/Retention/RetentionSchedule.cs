using Microsoft.Extensions.Options;
using Quartz;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Features.Retention;

/// <summary>
/// At start-up: puts the nightly purge on the scheduler (<c>ServiceConsole:Retention:Cron</c> in the centre's zone),
/// replacing a stored trigger whose expression or zone changed, and fires it at once when a run was left unfinished.
/// </summary>
public sealed class RetentionSchedule(
    ISchedulerFactory schedulers, RetentionPurge purge, IOptions<RetentionOptions> options, CentreTimeZone centre, TimeProvider time)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var cron = options.Value.Cron;
        var triggerKey = new TriggerKey(RetentionPurgeJob.Key.Name, RetentionPurgeJob.Key.Group);
        if (await scheduler.GetTrigger(triggerKey, cancellationToken) is not ICronTrigger stored
            || stored.CronExpressionString != cron || stored.TimeZone.Id != centre.Zone.Id)
        {
            var job = JobBuilder.Create<RetentionPurgeJob>().WithIdentity(RetentionPurgeJob.Key).StoreDurably().RequestRecovery().Build();

            // A night missed while the console was down is purged once when it is back: destruction is a duty, not a nicety.
            var trigger = TriggerBuilder.Create(time)
                .WithIdentity(triggerKey)
                .ForJob(RetentionPurgeJob.Key)
                .WithSchedule(CronScheduleBuilder.Create(cron)
                    .InTimeZone(centre.Zone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
        }

        if (await purge.HasUnfinishedAsync(cancellationToken))
        {
            await scheduler.TriggerJob(RetentionPurgeJob.Key, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
