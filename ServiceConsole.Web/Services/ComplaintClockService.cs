using Microsoft.EntityFrameworkCore;
using Quartz;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Api;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Services;

/// <summary>
/// The complaint clocks on Quartz: one durable job per complaint with one trigger per running clock,
/// rescheduled after every change of the complaint, and the breach recording the job runs.
/// </summary>
public sealed class ComplaintClockService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    ISchedulerFactory schedulers,
    TimeProvider time,
    WriteGate gate,
    ChangeFeed feed,
    ILogger<ComplaintClockService> logger)
{
    private const string Group = "complaint-clocks";

    /// <summary>Puts a trigger on each of the complaint's clocks; the same keys are replaced on every call.</summary>
    public async Task ScheduleAsync(Complaint complaint, CancellationToken cancellationToken = default)
    {
        var due = new List<(string Clock, DateTimeOffset DueAt)>();
        if (complaint.Status is ComplaintStatus.Registered or ComplaintStatus.Verifying)
        {
            due.Add(("verify", complaint.VerifyBy));
        }

        if (complaint.Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed))
        {
            due.Add(("resolve", complaint.ResolveBy));
        }

        if (complaint.CallbackDue is { } callbackDue)
        {
            due.Add((complaint.Status == ComplaintStatus.Reopened ? "recallback" : "callback", callbackDue));
        }

        if (due.Count == 0 || complaint.IsDrill)
        {
            return;
        }

        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var job = JobBuilder.Create<ComplaintClockJob>()
                .WithIdentity(complaint.Id.ToString(), Group)
                .UsingJobData(ComplaintClockJob.ComplaintIdKey, complaint.Id.ToString())
                .StoreDurably()
                .RequestRecovery()
                .Build();

            // One millisecond past the due time: a step taken exactly at the deadline is on time (inclusive).
            var triggers = due.Select(d => (ITrigger)TriggerBuilder.Create(time)
                    .WithIdentity($"{complaint.Id}:{d.Clock}", Group)
                    .ForJob(job.Key)
                    .StartAt(d.DueAt.AddMilliseconds(1))
                    .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                    .Build())
                .ToList();
            await scheduler.ScheduleJob(job, triggers, ScheduleJobOptions.Replacing, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The complaint is stored either way; its clocks are still checked at every later step.
            logger.LogError(ex, "Could not schedule the clocks of complaint {ComplaintId}", complaint.Id);
        }
    }

    /// <summary>Records every clock of the complaint that has run out by now; returns how many were new.</summary>
    public async Task<int> RecordDueBreachesAsync(Guid complaintId, CancellationToken cancellationToken = default)
    {
        using var entered = await gate.EnterAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, cancellationToken);
        if (complaint is null)
        {
            return 0;
        }

        var recorded = complaint.RecordDueBreaches(time.GetUtcNow());
        if (recorded.Count == 0)
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new ChangeEvent(ChangeKind.Complaint, complaint.ToResource(), complaint.Assignee, complaint.IsDrill));
        return recorded.Count;
    }
}
