using Quartz;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary>
/// The promotion's two clocks on the persistent Quartz store, each a durable, recoverable job per application: the
/// reminder to the direct supervisor that the first review is due (PRM-03) and the step that gives the agent the new
/// level on the effective day (PRM-04). A trigger missed while the console was down fires as soon as it is back.
/// </summary>
public sealed class PromotionScheduler(ISchedulerFactory schedulers, TimeProvider time)
{
    public const string ReminderGroup = "promotion-review-reminder";
    public const string EffectiveGroup = "promotion-effective";
    public const string ApplicationIdKey = "applicationId";

    public Task ScheduleReminderAsync(Guid applicationId, DateTimeOffset fireAt, CancellationToken cancellationToken) =>
        ScheduleAsync<PromotionReminderJob>(ReminderGroup, applicationId, fireAt, cancellationToken);

    public Task ScheduleEffectiveAsync(Guid applicationId, DateTimeOffset fireAt, CancellationToken cancellationToken) =>
        ScheduleAsync<PromotionEffectiveJob>(EffectiveGroup, applicationId, fireAt, cancellationToken);

    public async Task UnscheduleReminderAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(Key(ReminderGroup, applicationId), cancellationToken);
    }

    /// <summary>When the stored job of <paramref name="group"/> for the application fires; null when none is stored.</summary>
    public async Task<DateTimeOffset?> StoredAsync(string group, Guid applicationId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggers = await scheduler.GetTriggersOfJob(Key(group, applicationId), cancellationToken);
        return triggers.Count == 0 ? null : triggers.Min(t => t.StartTimeUtc);
    }

    public static JobKey Key(string group, Guid applicationId) => new(applicationId.ToString(), group);

    public static Guid? Read(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.TryGetString(ApplicationIdKey, out var raw) && Guid.TryParse(raw, out var id) ? id : null;
    }

    private async Task ScheduleAsync<TJob>(string group, Guid applicationId, DateTimeOffset fireAt, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = Key(group, applicationId);
        var job = JobBuilder.Create<TJob>()
            .WithIdentity(jobKey)
            .UsingJobData(ApplicationIdKey, applicationId.ToString())
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(applicationId.ToString(), group)
            .ForJob(jobKey)
            .StartAt(fireAt)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }
}
