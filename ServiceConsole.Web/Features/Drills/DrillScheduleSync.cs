using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// At start-up (the database is migrated by then): creates the default monthly drill schedule when there is
/// none (EMG-05, <c>Policy:Emergency:DrillCron</c>), makes each schedule's Quartz trigger match the stored
/// schedule, and gives a running drill whose end job went missing a new one.
/// </summary>
public sealed class DrillScheduleSync(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    DrillJobScheduler jobs,
    IOptions<PolicyOptions> policy,
    TimeProvider time,
    ILogger<DrillScheduleSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.DrillSchedules.AnyAsync(cancellationToken))
        {
            db.DrillSchedules.Add(DrillSchedule.Create(
                Guid.CreateVersion7(time.GetUtcNow()), EmergencyMode.Outage, null, enabled: true,
                "每月例行演练:系统故障流程", policy.Value, Actor.System.Name, time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Default monthly drill schedule created ({Cron})", policy.Value.Emergency.DrillCron);
        }

        foreach (var schedule in await db.DrillSchedules.AsNoTracking().ToListAsync(cancellationToken))
        {
            await jobs.SyncAsync(schedule, onlyIfChanged: true, cancellationToken);
        }

        foreach (var run in await db.DrillRuns.AsNoTracking().Where(r => r.EndedAt == null).ToListAsync(cancellationToken))
        {
            if (!await jobs.HasEndJobAsync(run.Id, cancellationToken))
            {
                // Past its end already: the trigger fires at once and the drill ends now.
                await jobs.ScheduleEndAsync(run.Id, run.EndsAt, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
