using System.Globalization;
using Quartz;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Scheduling;

/// <summary>
/// Keeps one durable, recoverable Quartz job per subject (a complaint, a callback task) with one
/// trigger per pending <see cref="ClockFire"/>. Every call replaces the subject's whole schedule, so
/// the stored triggers always mirror the subject's current clocks; no fire left means no job.
/// </summary>
public sealed class ClockScheduler(ISchedulerFactory schedulers, TimeProvider time)
{
    public const string SubjectIdKey = "subjectId";
    public const string ClockKey = "clock";
    public const string KindKey = "kind";
    public const string DueKey = "dueTicks";

    public async Task ScheduleAsync<TJob>(string group, Guid subjectId, IReadOnlyCollection<ClockFire> fires, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = new JobKey(subjectId.ToString(), group);
        if (fires.Count == 0)
        {
            await UnscheduleAsync(group, subjectId, cancellationToken);
            return;
        }

        var job = JobBuilder.Create<TJob>()
            .WithIdentity(jobKey)
            .UsingJobData(SubjectIdKey, subjectId.ToString())
            .StoreDurably()
            .RequestRecovery()
            .Build();

        // A breach fires one millisecond past the due time: a step taken exactly at the deadline is on time.
        var triggers = fires.Select(f => (ITrigger)TriggerBuilder.Create(time)
                .WithIdentity($"{subjectId}:{f.Clock}:{KindName(f.Kind)}", group)
                .ForJob(jobKey)
                .UsingJobData(ClockKey, f.Clock)
                .UsingJobData(KindKey, KindName(f.Kind))
                .UsingJobData(DueKey, f.DueAt.UtcTicks.ToString(CultureInfo.InvariantCulture))
                .StartAt(f.Kind == ClockAlertKind.Breach ? f.DueAt.AddMilliseconds(1) : f.FireAt)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build())
            .ToList();
        await scheduler.ReplaceTriggersAsync(job, triggers, cancellationToken);
    }

    public async Task UnscheduleAsync(string group, Guid subjectId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(subjectId.ToString(), group), cancellationToken);
    }

    /// <summary>The fires of running clocks: for each, a warning (when the policy gives one) and the breach.</summary>
    public static List<ClockFire> FiresFor(
        IEnumerable<(string Clock, DateTimeOffset DueAt)> clocks, ClockWarningPolicy warnings, DateTimeOffset now)
    {
        var fires = new List<ClockFire>();
        foreach (var (clock, dueAt) in clocks)
        {
            if (warnings.WarnAt(dueAt, now) is { } warnAt)
            {
                fires.Add(new ClockFire(clock, ClockAlertKind.Warning, warnAt, dueAt));
            }

            fires.Add(new ClockFire(clock, ClockAlertKind.Breach, dueAt, dueAt));
        }

        return fires;
    }

    /// <summary>Reads what a fired trigger is about; a trigger stored before warnings existed is a breach check.</summary>
    public static (Guid SubjectId, ClockAlertKind Kind, string? Clock, DateTimeOffset? DueAt)? Read(IJobExecutionContext context)
    {
        var data = context.MergedJobDataMap;
        if (!data.TryGetString(SubjectIdKey, out var raw) && !data.TryGetString("complaintId", out raw))
        {
            return null;
        }

        if (!Guid.TryParse(raw, out var subjectId))
        {
            return null;
        }

        var kind = data.TryGetString(KindKey, out var k) && k == KindName(ClockAlertKind.Warning)
            ? ClockAlertKind.Warning
            : ClockAlertKind.Breach;
        data.TryGetString(ClockKey, out var clock);
        DateTimeOffset? due = data.TryGetString(DueKey, out var ticks) && long.TryParse(ticks, CultureInfo.InvariantCulture, out var t)
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : null;
        return (subjectId, kind, clock, due);
    }

    private static string KindName(ClockAlertKind kind) => kind == ClockAlertKind.Warning ? "warning" : "breach";
}
