using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Integration.Training;

/// <summary>TRN-06: the end of a suspension is stored with Quartz and survives a restart of the console.</summary>
public sealed class TrainingSuspensionRestartTests
{
    [Fact]
    [Trait("Rule", "TRN-06")]
    public async Task TRN_06_the_suspension_end_survives_a_restart_and_is_scheduled_again_if_its_job_was_lost()
    {
        var database = Path.Combine(Path.GetTempPath(), $"serviceconsole-trainrestart-{Guid.NewGuid():N}.db");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        Guid kept, lost;
        DateTimeOffset until;
        using (var first = new ConsoleAppFactory { DatabasePath = database, KeepFiles = true, Time = clock })
        {
            await first.SeedAgentAsync("A711", "online");
            await first.SeedAgentAsync("A712", "phone");
            var assignments = first.Services.GetRequiredService<TrainingAssignments>();
            kept = await FailAsync(assignments, "A711");
            lost = await FailAsync(assignments, "A712");
            until = clock.GetUtcNow().AddDays(7);

            // As if the console died between the commit and the scheduling of the second job.
            await (await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).DeleteJob(TrainingSuspensionScheduler.Key(lost));
        }

        using var second = new ConsoleAppFactory { DatabasePath = database, Time = clock };
        var scheduler = second.Services.GetRequiredService<TrainingSuspensionScheduler>();

        Assert.Equal(until, await scheduler.ScheduledEndAsync(kept, CancellationToken.None));
        Assert.Equal(until, await scheduler.ScheduledEndAsync(lost, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(7));
        var quartz = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await quartz.TriggerJob(TrainingSuspensionScheduler.Key(kept));
        await quartz.TriggerJob(TrainingSuspensionScheduler.Key(lost));
        await Eventually.True(
            async () =>
            {
                await using var db = await second.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
                return await db.Agents.CountAsync(a => (a.Code == "A711" || a.Code == "A712") && a.Hold == DutyHold.None) == 2;
            },
            because: "both suspensions to end after the restart");
    }

    private static async Task<Guid> FailAsync(TrainingAssignments assignments, string agent)
    {
        var assigned = (await assignments.AssignAsync(new TrainingAssignmentRequest(
            agent, TrainingAssignmentKind.Remedial, "TRN-05", "assessment:2026-11", "11 月考核不合格", "system"))).Value!;
        var failed = await assignments.RecordResultAsync(assigned.Id, passed: false, 50, null, new Actor("trainer", null, false));
        Assert.Equal(OperationStatus.Ok, failed.Status);
        return assigned.Id;
    }
}
