using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>Starting a drill: the checks, the stored run with its end job, the mode switched on as a drill.</summary>
public sealed partial class DrillRunner
{
    private async Task<OperationResult<DrillRun>> StartAsync(
        Guid scheduleId, Guid runId, Actor actor, bool fromScheduler, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (run, answer) = await OpenAsync(scheduleId, runId, actor, fromScheduler, cancellationToken);
            if (run is null)
            {
                return answer!;
            }

            if (await SwitchOnAsync(run, actor, cancellationToken) is { } failure)
            {
                await FailAsync(run.Id, failure, actor, cancellationToken);
                return OperationResult<DrillRun>.Conflict(failure);
            }

            await records.SendContactsAsync(run, cancellationToken);
            logger.LogInformation("Drill {RunId} of {Mode} started by {Actor}", run.Id, run.Mode, actor.Name);
            return OperationResult<DrillRun>.Created(run);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stores the run and its end job, or says why no drill may start now.</summary>
    private async Task<(DrillRun? Run, OperationResult<DrillRun>? Answer)> OpenAsync(
        Guid scheduleId, Guid runId, Actor actor, bool fromScheduler, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schedule = await db.DrillSchedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null)
        {
            return (null, OperationResult<DrillRun>.NotFound($"No drill schedule with id {scheduleId}."));
        }

        if (await db.DrillRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken) is { } recovered)
        {
            return (null, OperationResult<DrillRun>.Ok(recovered)); // a recovered re-execution of a start already made
        }

        if (fromScheduler && !schedule.Enabled)
        {
            return (null, OperationResult<DrillRun>.Conflict("The drill schedule is switched off."));
        }

        if (await db.DrillRuns.AsNoTracking().FirstOrDefaultAsync(r => r.EndedAt == null, cancellationToken) is { } running)
        {
            return (null, OperationResult<DrillRun>.Conflict(
                $"A {WireNames.ToWire(running.Mode)} drill is running until {running.EndsAt:u}; one drill at a time."));
        }

        if (await db.EmergencyModes.AsNoTracking().AnyAsync(m => m.Mode == schedule.Mode && m.Active, cancellationToken))
        {
            return (null, OperationResult<DrillRun>.Conflict(
                $"The {WireNames.ToWire(schedule.Mode)} mode is already on; a drill never runs over a live mode."));
        }

        var now = time.GetUtcNow();
        var run = new DrillRun
        {
            Id = runId,
            ScheduleId = schedule.Id,
            Mode = schedule.Mode,
            IssueKey = schedule.Mode == EmergencyMode.MassComplaint ? $"drill-{runId:N}" : null,
            Note = schedule.Note,
            StartedBy = actor.Name,
            StartedAt = now,
            EndsAt = now + options.Value.Duration,
        };
        db.DrillRuns.Add(run);
        if (schedule.Enabled)
        {
            schedule.RecordRun(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await jobs.ScheduleEndAsync(run.Id, run.EndsAt, cancellationToken);
        return (run, null);
    }

    /// <returns>Why the mode could not be switched on as a drill; null when it is on.</returns>
    private async Task<string?> SwitchOnAsync(DrillRun run, Actor actor, CancellationToken cancellationToken)
    {
        var mode = WireNames.ToWire(run.Mode);
        if (run.Mode == EmergencyMode.MassComplaint)
        {
            await records.FileComplaintsAsync(run, cancellationToken);
            if ((await emergency.GetAllAsync(cancellationToken)).FirstOrDefault(m => m.Mode == mode) is { Active: true, Drill: true } on
                && on.IssueKey == run.IssueKey)
            {
                return null;
            }

            logger.LogWarning("The detector did not switch on the drill {RunId}; switching it on directly", run.Id);
        }

        var result = await emergency.ActivateAsync(
            mode, new EmergencyActivateRequest(DrillTexts.StartReason(run.Mode, run.Note), null, true, run.IssueKey), actor, cancellationToken);
        return result.Succeeded
            ? null
            : result.Detail ?? string.Join("; ", result.Errors?.SelectMany(e => e.Value) ?? ["The mode could not be switched on."]);
    }

    private async Task FailAsync(Guid runId, string failure, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.DrillRuns.FirstAsync(r => r.Id == runId, cancellationToken);
        run.Failure = failure.Length <= DrillRun.MaxFailureLength ? failure : failure[..DrillRun.MaxFailureLength];
        run.EndedAt = time.GetUtcNow();
        run.EndedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        await jobs.DeleteEndAsync(runId, cancellationToken);
    }
}
