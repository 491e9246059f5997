using Quartz;

namespace ServiceConsole.Web.Features.IdCopies;

/// <summary>Puts the ID-copy sweep on the scheduler at start-up, replacing a stored one.</summary>
public sealed class IdCopyExpirySchedule(ISchedulerFactory schedulers, TimeProvider time) : IHostedService
{
    /// <summary>Reads hide an expired copy at once; the sweep only bounds how long its ciphertext stays stored.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<IdCopyExpiryJob>().WithIdentity(IdCopyExpiryJob.Key).StoreDurably().Build();

        // One run makes up for any number missed while the console was down.
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(IdCopyExpiryJob.Key.Name, IdCopyExpiryJob.Key.Group)
            .ForJob(IdCopyExpiryJob.Key)
            .StartNow()
            .WithSimpleSchedule(s => s
                .WithInterval(Interval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
