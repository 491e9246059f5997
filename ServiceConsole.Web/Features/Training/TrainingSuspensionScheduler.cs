using System.Globalization;
using Quartz;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// One persistent, recoverable Quartz job per failed training that ends its suspension (TRN-06, SVC-11) at the
/// suspension's end. A trigger missed while the console was down fires as soon as it is back.
/// </summary>
public sealed class TrainingSuspensionScheduler(ISchedulerFactory schedulers, TimeProvider time)
{
    public const string Group = "training-suspension";
    public const string AssignmentIdKey = "assignmentId";

    public async Task ScheduleAsync(Guid assignmentId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = Key(assignmentId);
        // Not durable: one trigger for its whole life, so Quartz drops the job once it has fired.
        var job = JobBuilder.Create<TrainingSuspensionJob>()
            .WithIdentity(jobKey)
            .UsingJobData(AssignmentIdKey, assignmentId.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(assignmentId.ToString(), Group)
            .ForJob(jobKey)
            .StartAt(until)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>When the suspension of this failed training is set to end on the scheduler; null when nothing is scheduled.</summary>
    public async Task<DateTimeOffset?> ScheduledEndAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(assignmentId.ToString(), Group), cancellationToken);
        return trigger?.StartTimeUtc;
    }

    public static JobKey Key(Guid assignmentId) => new(assignmentId.ToString(), Group);

    public static Guid? ReadId(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.TryGetString(AssignmentIdKey, out var raw) && Guid.TryParse(raw, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
