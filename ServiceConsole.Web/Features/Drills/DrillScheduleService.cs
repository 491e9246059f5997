using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>EMG-05: drill schedules stored and kept in step with their Quartz triggers, "run now", and the drills run so far.</summary>
public sealed class DrillScheduleService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    DrillCronPreview cron,
    DrillJobScheduler jobs,
    DrillRunner runner,
    IOptions<PolicyOptions> policy,
    IOptions<DrillOptions> options,
    TimeProvider time) : IDrillScheduleService
{
    public async Task<IReadOnlyList<DrillScheduleView>> ListSchedulesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var schedules = await db.DrillSchedules.AsNoTracking().ToListAsync(cancellationToken);
        var views = new List<DrillScheduleView>(schedules.Count);
        // Ids are version 7, so their text sorts in the order the schedules were created.
        foreach (var schedule in schedules.OrderBy(s => s.Id.ToString(), StringComparer.Ordinal))
        {
            views.Add(ToView(schedule, await jobs.NextFireAsync(schedule.Id, cancellationToken)));
        }

        return views;
    }

    public async Task<OperationResult<DrillScheduleView>> SaveAsync(DrillScheduleEdit edit, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(edit.Mode))
        {
            errors.Add("mode", "mode must be weather, outage or mass-complaint.");
        }

        var check = cron.Check(edit.CronExpression, now);
        if (!check.IsValid)
        {
            errors.Add("cronExpression", CronMessage(check));
        }

        if (edit.Note is { Length: > DrillSchedule.MaxNoteLength } note && note.Trim().Length > DrillSchedule.MaxNoteLength)
        {
            errors.Add("note", $"note must be at most {DrillSchedule.MaxNoteLength} characters.");
        }

        if (errors.Any)
        {
            return OperationResult<DrillScheduleView>.Invalid(errors.ToDictionary());
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        DrillSchedule schedule;
        try
        {
            if (edit.Id is { } id)
            {
                schedule = await db.DrillSchedules.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                    ?? throw new KeyNotFoundException($"No drill schedule with id {id}.");
                schedule.Edit(edit.Mode, check.Cron, edit.Enabled, edit.Note, actor.Name, now);
            }
            else
            {
                schedule = DrillSchedule.Create(Guid.CreateVersion7(now), edit.Mode, check.Cron, edit.Enabled, edit.Note, policy.Value, actor.Name, now);
                db.DrillSchedules.Add(schedule);
            }
        }
        catch (KeyNotFoundException ex)
        {
            return OperationResult<DrillScheduleView>.NotFound(ex.Message);
        }
        catch (ArgumentException ex)
        {
            return OperationResult<DrillScheduleView>.Invalid(ex.ParamName ?? "cronExpression", ex.PlainMessage());
        }

        await db.SaveChangesAsync(cancellationToken);
        await jobs.SyncAsync(schedule, onlyIfChanged: false, cancellationToken);
        return OperationResult<DrillScheduleView>.Ok(ToView(schedule, await jobs.NextFireAsync(schedule.Id, cancellationToken)));
    }

    public async Task<OperationResult<DrillRunView>> RunNowAsync(Guid scheduleId, Actor actor, CancellationToken cancellationToken = default) =>
        Map(await runner.RunNowAsync(scheduleId, actor, cancellationToken));

    public async Task<OperationResult<DrillRunView>> EndNowAsync(Guid runId, Actor actor, CancellationToken cancellationToken = default) =>
        Map(await runner.EndAsync(runId, actor, cancellationToken));

    public async Task<IReadOnlyList<DrillRunView>> ListRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.DrillRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Take(options.Value.HistoryLimit)
            .ToListAsync(cancellationToken);
        return [.. runs.Select(r => DrillRunView.From(r, withReport: true))];
    }

    public async Task<DrillRunView?> GetRunAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.DrillRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? null : DrillRunView.From(run, withReport: true);
    }

    private static OperationResult<DrillRunView> Map(OperationResult<Data.Entities.DrillRun> result) =>
        new(result.Status, result.Value is { } run ? DrillRunView.From(run, withReport: true) : null, result.Errors, result.Detail, result.Extensions);

    private static DrillScheduleView ToView(DrillSchedule s, DateTimeOffset? nextFireAt) =>
        new(s.Id, s.Mode, s.CronExpression, s.Enabled, s.Note, s.EditedBy, s.EditedAt, s.LastRunAt, nextFireAt);

    private static string CronMessage(DrillCronCheck check) => check.Problem switch
    {
        DrillCronProblem.Missing => "cronExpression is required.",
        DrillCronProblem.TooLong => $"cronExpression must be at most {DrillSchedule.MaxCronLength} characters.",
        DrillCronProblem.NeverFires => "cronExpression never fires again.",
        DrillCronProblem.Overlaps => "cronExpression fires again before a drill it starts has ended.",
        _ => $"cronExpression is not a valid Quartz cron expression: {check.Detail}",
    };
}
