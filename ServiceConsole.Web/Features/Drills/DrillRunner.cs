using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05: runs a drill through the real flow. The mode goes on as a drill (through EmergencyService, so the
/// change is logged and pushed like any other; a mass-complaint drill lets the real detector switch it on),
/// generated customers contact the centre, and after <see cref="DrillOptions.DurationMinutes"/> the drill-end
/// job switches the mode off and stores the report. One drill at a time, and never over an active mode.
/// </summary>
public sealed partial class DrillRunner(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    EmergencyService emergency,
    DrillRecordMaker records,
    DrillJobScheduler jobs,
    DrillFactsCollector facts,
    CentreTimeZone centre,
    IOptions<DrillOptions> options,
    TimeProvider time,
    ILogger<DrillRunner> logger)
{
    /// <summary>Who files a drill's records: their history says so, and the report does not count it as a response.</summary>
    public const string DrillActorName = Common.StaffLabels.DrillActor;

    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task<OperationResult<DrillRun>> StartScheduledAsync(Guid scheduleId, DateTimeOffset plannedAt, CancellationToken cancellationToken) =>
        StartAsync(scheduleId, DrillRunIds.Scheduled(scheduleId, plannedAt), Actor.System, fromScheduler: true, cancellationToken);

    /// <summary>A trainer's "run now": the schedule's mode and note, whether or not the schedule is switched on.</summary>
    public Task<OperationResult<DrillRun>> RunNowAsync(Guid scheduleId, Actor actor, CancellationToken cancellationToken) =>
        StartAsync(scheduleId, Guid.CreateVersion7(time.GetUtcNow()), actor, fromScheduler: false, cancellationToken);

    /// <summary>A person ends the drill (early, or after its time if the end job has not yet run) and its report is stored.</summary>
    public Task<OperationResult<DrillRun>> EndAsync(Guid runId, Actor actor, CancellationToken cancellationToken) =>
        EndAsync(runId, actor, byEndJob: false, cancellationToken);

    /// <summary>The drill-end job: the drill's time is up. Ending twice changes nothing.</summary>
    public Task<OperationResult<DrillRun>> EndDueAsync(Guid runId, CancellationToken cancellationToken) =>
        EndAsync(runId, Actor.System, byEndJob: true, cancellationToken);

    private async Task<OperationResult<DrillRun>> EndAsync(Guid runId, Actor actor, bool byEndJob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var run = await db.DrillRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
            if (run is null)
            {
                return OperationResult<DrillRun>.NotFound($"No drill with id {runId}.");
            }

            if (!run.IsRunning)
            {
                return OperationResult<DrillRun>.Ok(run);
            }

            var early = !byEndJob && time.GetUtcNow() < run.EndsAt;
            var mode = WireNames.ToWire(run.Mode);
            // A real spike may have ended a mass-complaint drill already (EMG-03): a real mode is never switched off here.
            if ((await emergency.GetAllAsync(cancellationToken)).FirstOrDefault(m => m.Mode == mode) is { Active: true, Drill: true })
            {
                var reason = early ? DrillTexts.EndedEarlyReason(actor.Name) : DrillTexts.EndReason(centre.ToLocal(run.StartedAt));
                var off = await emergency.DeactivateAsync(mode, new EmergencyDeactivateRequest(reason), actor, cancellationToken);
                if (!off.Succeeded)
                {
                    logger.LogWarning("Switching off the drill {RunId} of {Mode} failed: {Detail}", runId, mode, off.Detail);
                }
            }

            var endedAt = time.GetUtcNow();
            var report = DrillReport.Build(await facts.CollectAsync(run, endedAt, cancellationToken));
            run.EndedAt = endedAt;
            run.EndedBy = actor.Name;
            run.ReportJson = DrillReportJson.Serialize(report);
            await db.SaveChangesAsync(cancellationToken);
            if (!byEndJob)
            {
                // Ended by a person: the end job has nothing left to do. (The job itself is not durable, so once it has
                // fired Quartz removes it.)
                await jobs.DeleteEndAsync(run.Id, cancellationToken);
            }

            logger.LogInformation("Drill {RunId} of {Mode} ended; {Missed} clock(s) would have been missed", runId, mode, report.MissedClocks.Count);
            return OperationResult<DrillRun>.Ok(run);
        }
        finally
        {
            _gate.Release();
        }
    }
}
