using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Integration.Drills;

/// <summary>EMG-05 on the real scheduler: the default monthly schedule, cron triggers that follow edits, and the end job.</summary>
public sealed class DrillSchedulingTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private static readonly Actor Trainer = new("trainer", null, false);

    private IDrillScheduleService Drills => factory.Services.GetRequiredService<IDrillScheduleService>();

    private async Task<IScheduler> SchedulerAsync() => await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private async Task<ICronTrigger?> TriggerOfAsync(Guid scheduleId) =>
        await (await SchedulerAsync()).GetTrigger(new TriggerKey(scheduleId.ToString(), DrillJobScheduler.ScheduleGroup)) as ICronTrigger;

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_the_first_start_creates_the_monthly_drill_and_its_cron_trigger_skips_a_missed_drill()
    {
        var schedule = Assert.Single(await Drills.ListSchedulesAsync(), s => s.EditedBy == "system");

        Assert.Equal("0 0 10 15 * ?", schedule.CronExpression);
        Assert.True(schedule.Enabled);
        var trigger = await TriggerOfAsync(schedule.Id);
        Assert.NotNull(trigger);
        Assert.Equal("0 0 10 15 * ?", trigger.CronExpressionString);
        Assert.Equal("Asia/Shanghai", trigger.TimeZone.Id);
        Assert.Equal(CronTriggerMisfireInstruction.DoNothing, trigger.MisfireInstruction);
        var next = TimeZoneInfo.ConvertTime(schedule.NextFireAt!.Value, trigger.TimeZone);
        Assert.Equal((15, 10, 0), (next.Day, next.Hour, next.Minute));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_an_edited_schedule_is_rescheduled_and_a_switched_off_one_loses_its_trigger()
    {
        var created = (await Drills.SaveAsync(new DrillScheduleEdit(null, EmergencyMode.MassComplaint, "0 0 10 15 * ?", true, null), Trainer)).Value!;

        var edited = await Drills.SaveAsync(new DrillScheduleEdit(created.Id, EmergencyMode.MassComplaint, "0 30 14 ? * FRI#2", true, "第二个周五"), Trainer);

        Assert.True(edited.Succeeded);
        Assert.Equal("0 30 14 ? * FRI#2", (await TriggerOfAsync(created.Id))!.CronExpressionString);
        var next = TimeZoneInfo.ConvertTime(edited.Value!.NextFireAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal((DayOfWeek.Friday, 14, 30), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.InRange(next.Day, 8, 14);

        var off = await Drills.SaveAsync(new DrillScheduleEdit(created.Id, EmergencyMode.MassComplaint, "0 30 14 ? * FRI#2", false, null), Trainer);

        Assert.True(off.Succeeded);
        Assert.Null(off.Value!.NextFireAt);
        Assert.Null(await TriggerOfAsync(created.Id));
        Assert.False(await (await SchedulerAsync()).Exists(new JobKey(created.Id.ToString(), DrillJobScheduler.ScheduleGroup)));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_an_invalid_cron_is_refused_field_by_field_and_nothing_is_stored()
    {
        var before = (await Drills.ListSchedulesAsync()).Count;

        var refused = await Drills.SaveAsync(new DrillScheduleEdit(null, EmergencyMode.Outage, "0 0 10 32 * ?", true, new string('x', 501)), Trainer);

        Assert.Equal(OperationStatus.Invalid, refused.Status);
        Assert.Contains("not a valid Quartz cron expression", Assert.Single(refused.Errors!["cronExpression"]));
        Assert.Single(refused.Errors!["note"]);
        Assert.Equal(before, (await Drills.ListSchedulesAsync()).Count);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_the_drill_end_job_switches_the_mode_off_and_writes_the_report()
    {
        var schedule = (await Drills.SaveAsync(new DrillScheduleEdit(null, EmergencyMode.Outage, "0 0 10 15 * ?", false, null), Trainer)).Value!;
        var run = (await Drills.RunNowAsync(schedule.Id, Trainer)).Value!;

        // What the one-shot trigger does at the drill's end, fired now instead of in 30 minutes.
        await (await SchedulerAsync()).TriggerJob(new JobKey(run.Id.ToString(), DrillJobScheduler.EndGroup));
        var ended = await WaitForEndAsync(run.Id, TimeSpan.FromSeconds(20));

        Assert.Equal("system", ended.EndedBy);
        Assert.NotNull(ended.Report);
        var outage = (await factory.CreateApiClient().GetFromJsonAsync<JsonElement>("/api/v1/emergency"))
            .EnumerateArray().Single(m => m.GetProperty("mode").GetString() == "outage");
        Assert.False(outage.GetProperty("active").GetBoolean());
        await using var db = factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();
        var off = await db.EmergencyLog.AsNoTracking().Where(e => e.Mode == EmergencyMode.Outage && e.Action == "deactivate").OrderBy(e => e.At).LastAsync();
        Assert.True(off.Drill);
        Assert.StartsWith("演练结束", off.Reason);
    }

    private async Task<DrillRunView> WaitForEndAsync(Guid runId, TimeSpan timeout)
    {
        var run = await Eventually.Until(
            () => Drills.GetRunAsync(runId), r => r is { IsRunning: false }, timeout, "the end job to end the drill", TimeSpan.FromMilliseconds(200));
        Assert.NotNull(run);
        Assert.False(run.IsRunning, "The end job did not end the drill in time.");
        return run;
    }
}
