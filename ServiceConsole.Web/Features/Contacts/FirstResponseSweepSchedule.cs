using Microsoft.Extensions.Options;
using Quartz;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>Puts the first-response sweep on the scheduler at start-up, replacing a stored one whose interval changed.</summary>
public sealed class FirstResponseSweepSchedule(ISchedulerFactory schedulers, IOptions<ContactsOptions> options, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<FirstResponseSweepJob>().WithIdentity(FirstResponseSweepJob.Key).StoreDurably().Build();

        // A sweep missed while the console was down is not worth repeating: the next one finds everything overdue.
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(FirstResponseSweepJob.Key.Name, FirstResponseSweepJob.Key.Group)
            .ForJob(FirstResponseSweepJob.Key)
            .StartNow()
            .WithSimpleSchedule(s => s
                .WithInterval(TimeSpan.FromSeconds(options.Value.BreachSweepSeconds))
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
