using System.Globalization;
using Quartz;
using ServiceConsole.Domain.Drills;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05 on the persistent Quartz store: one durable job per drill schedule with one cron trigger in the
/// centre's zone (replaced when the schedule is edited, deleted when it is switched off), and a one-shot
/// job per running drill that ends it.
/// </summary>
public sealed class DrillJobScheduler(ISchedulerFactory schedulers, DrillCronPreview cron, TimeProvider time)
{
    public const string ScheduleGroup = "drill-schedule";
    public const string EndGroup = "drill-end";
    public const string ScheduleIdKey = "scheduleId";
    public const string RunIdKey = "runId";

    /// <summary>Makes the stored trigger match the schedule: a cron trigger while enabled, nothing while off.</summary>
    /// <param name="onlyIfChanged">Leave a trigger with the same expression and zone alone (start-up), so its next fire is kept.</param>
    public async Task SyncAsync(DrillSchedule schedule, bool onlyIfChanged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = new JobKey(schedule.Id.ToString(), ScheduleGroup);
        var expression = schedule.Enabled ? cron.Parse(schedule.CronExpression) : null;
        if (expression is null)
        {
            // Switched off, or a stored expression this Quartz no longer reads: no drill rather than a wrong one.
            await scheduler.DeleteJob(jobKey, cancellationToken);
            return;
        }

        var triggerKey = new TriggerKey(schedule.Id.ToString(), ScheduleGroup);
        if (onlyIfChanged && await scheduler.GetTrigger(triggerKey, cancellationToken) is ICronTrigger stored
            && stored.CronExpressionString == expression.CronExpressionString && stored.TimeZone.Id == cron.Zone.Id)
        {
            return;
        }

        var job = JobBuilder.Create<DrillStartJob>()
            .WithIdentity(jobKey)
            .UsingJobData(ScheduleIdKey, schedule.Id.ToString())
            .StoreDurably()
            .RequestRecovery()
            .Build();
        // DoNothing on a misfire: a drill missed while the console was down is skipped, not started late. A drill
        // that starts hours after its planned time lands on a shift nobody prepared for (and may be long over by
        // the time the trainers notice); the next planned drill runs as usual, and "run now" is there if wanted.
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .WithSchedule(CronScheduleBuilder.Create(expression)
                .InTimeZone(cron.Zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>When the scheduler will next start a drill from this schedule; null when it will not.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(Guid scheduleId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(scheduleId.ToString(), ScheduleGroup), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }

    /// <summary>The one-shot job that ends a drill at <paramref name="at"/>; replaced if it exists.</summary>
    public async Task ScheduleEndAsync(Guid runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = new JobKey(runId.ToString(), EndGroup);
        // Not durable, unlike the clock and schedule jobs: it has exactly one trigger for its whole life, so Quartz
        // removes it after that fires instead of keeping a dead job per drill in the store.
        var job = JobBuilder.Create<DrillEndJob>()
            .WithIdentity(jobKey)
            .UsingJobData(RunIdKey, runId.ToString())
            .RequestRecovery()
            .Build();
        // FireNow on a misfire, unlike the start: a drill whose end passed while the console was down must not
        // leave its mode switched on as a drill; it ends (and gets its report) as soon as the console is back.
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(runId.ToString(), EndGroup)
            .ForJob(jobKey)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public async Task<bool> HasEndJobAsync(Guid runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetTrigger(new TriggerKey(runId.ToString(), EndGroup), cancellationToken) is not null;
    }

    public async Task DeleteEndAsync(Guid runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(runId.ToString(), EndGroup), cancellationToken);
    }

    /// <summary>The id a fired drill job is about, from its job data.</summary>
    public static Guid? ReadId(IJobExecutionContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.TryGetString(key, out var raw) && Guid.TryParse(raw, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
