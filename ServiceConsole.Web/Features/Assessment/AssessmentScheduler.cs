using Quartz;
using ServiceConsole.Domain.Assessment;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// Keeps the monthly assessment on the persistent Quartz store: one durable job and one trigger per month, at the
/// month's last working day (GEN-01) at <see cref="AssessmentOptions.RunAt"/> in the centre's time zone. The day moves
/// with the calendar (holidays, swapped days), which a cron expression cannot say, so each month's trigger is a one-shot
/// computed from the calendar and the next one is scheduled when it fires (and at every start-up).
/// </summary>
public sealed class AssessmentScheduler(ISchedulerFactory schedulers, AssessmentClock clock, TimeProvider time, ILogger<AssessmentScheduler> logger)
{
    public const string Group = "assessment";
    public const string MonthKey = "month";

    public static readonly JobKey JobKey = new("monthly-assessment", Group);

    public static TriggerKey TriggerKeyOf(AssessmentMonth month) => new($"monthly-assessment:{month}", Group);

    /// <summary>
    /// Makes sure the next month's assessment is on the store. A stored trigger that is already due (missed while the
    /// console was down) is left to fire; one for a time the calendar or the options no longer give is replaced.
    /// </summary>
    public async Task<(AssessmentMonth Month, DateTimeOffset DueAt)> ScheduleNextAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = clock.Now;
        var (month, due) = clock.NextAfter(now);
        var wanted = TriggerKeyOf(month);
        foreach (var trigger in await scheduler.GetTriggersOfJob(JobKey, cancellationToken))
        {
            // A trigger that has fired (the one running this job, say) has no next time and ends by itself.
            if (trigger.NextFireTimeUtc is not { } next)
            {
                continue;
            }

            var missed = next <= now;
            if (!missed && (trigger.Key != wanted || next != due))
            {
                await scheduler.UnscheduleJob(trigger.Key, cancellationToken);
            }
        }

        if (await scheduler.GetTrigger(wanted, cancellationToken) is null)
        {
            var job = JobBuilder.Create<MonthlyAssessmentJob>().WithIdentity(JobKey).StoreDurably().RequestRecovery().Build();
            var trigger = TriggerBuilder.Create(time)
                .WithIdentity(wanted)
                .ForJob(JobKey)
                .UsingJobData(MonthKey, month.ToString())
                .StartAt(due)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
            logger.LogInformation("Monthly assessment of {Month} scheduled for {DueAt:o}", month, due);
        }

        return (month, due);
    }
}
