using System.Globalization;
using Quartz;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// TRN-02's reminders on the persistent Quartz store: one durable, recoverable job per session with one trigger per
/// lead time still to send. Every call replaces the session's triggers; a trigger missed while the console was down
/// fires as soon as it is back (the session's own check drops it once the session has started).
/// </summary>
public sealed class TrainingReminderScheduler(ISchedulerFactory schedulers, TimeProvider time)
{
    public const string Group = "training-reminder";
    public const string SessionIdKey = "sessionId";
    public const string LeadKey = "leadMinutes";

    public async Task ScheduleAsync(Guid sessionId, IReadOnlyList<(int LeadMinutes, DateTimeOffset FireAt)> fires, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = Key(sessionId);
        if (fires.Count == 0)
        {
            await scheduler.DeleteJob(jobKey, cancellationToken);
            return;
        }

        var job = JobBuilder.Create<TrainingReminderJob>()
            .WithIdentity(jobKey)
            .UsingJobData(SessionIdKey, sessionId.ToString())
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var triggers = fires.Select(f => (ITrigger)TriggerBuilder.Create(time)
                .WithIdentity(TriggerName(sessionId, f.LeadMinutes), Group)
                .ForJob(jobKey)
                .UsingJobData(LeadKey, f.LeadMinutes.ToString(CultureInfo.InvariantCulture))
                .StartAt(f.FireAt)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build())
            .ToList();
        await scheduler.ReplaceTriggersAsync(job, triggers, cancellationToken);
    }

    /// <summary>The stored reminders of a session: lead minutes and when each fires.</summary>
    public async Task<IReadOnlyList<(int LeadMinutes, DateTimeOffset FireAt)>> StoredAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggers = await scheduler.GetTriggersOfJob(Key(sessionId), cancellationToken);
        return [.. triggers
            .Select(t => (Lead: t.JobDataMap.TryGetString(LeadKey, out var raw) && int.TryParse(raw, CultureInfo.InvariantCulture, out var lead) ? lead : 0, t.StartTimeUtc))
            .OrderByDescending(t => t.Lead)];
    }

    public static JobKey Key(Guid sessionId) => new(sessionId.ToString(), Group);

    public static string TriggerName(Guid sessionId, int leadMinutes) => $"{sessionId}:{leadMinutes.ToString(CultureInfo.InvariantCulture)}";

    public static (Guid SessionId, int LeadMinutes)? Read(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        return data.TryGetString(SessionIdKey, out var raw) && Guid.TryParse(raw, CultureInfo.InvariantCulture, out var id)
            && data.TryGetString(LeadKey, out var lead) && int.TryParse(lead, CultureInfo.InvariantCulture, out var minutes)
            ? (id, minutes)
            : null;
    }
}
