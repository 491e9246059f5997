using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Assessment;

namespace ServiceConsole.Tests.Integration.Assessment;

/// <summary>
/// TRN-03 on the real scheduler and a fake clock: the persistent job waits for the month's last working day (GEN-01) at
/// the configured time, fires there by itself, assesses the month as final, and puts the next month on the store.
/// </summary>
public sealed class AssessmentJobTests(AssessmentJobTests.Factory factory) : IClassFixture<AssessmentJobTests.Factory>
{
    /// <summary>Wednesday 20 May 2026, 10:00 in Shanghai; 31 May is a Sunday, 30 June 2026 is a public holiday here.</summary>
    public sealed class Factory : AssessmentTestFactory
    {
        public Factory()
            : base(new DateTimeOffset(2026, 5, 20, 2, 0, 0, TimeSpan.Zero))
        {
            Settings["Policy:General:PublicHolidays:0"] = "2026-06-30";
            Settings["ServiceConsole:Assessment:RunAt"] = "20:00";
        }
    }

    private async Task<IScheduler> SchedulerAsync() => await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private async Task<ITrigger?> TriggerOfAsync(string month) =>
        await (await SchedulerAsync()).GetTrigger(AssessmentScheduler.TriggerKeyOf(AssessmentMonth.TryParse(month, out var m) ? m : default));

    [Fact]
    [Trait("Rule", "TRN-03")]
    [Trait("Rule", "GEN-01")]
    public async Task TRN_03_on_the_last_working_day_the_job_fires_by_itself_assesses_the_month_and_schedules_the_next()
    {
        await factory.SeedAgentAsync("A851", "online");
        await factory.GoodMonthAsync("A851", 2026, 5);

        // At start-up: May's assessment waits for Saturday 30 May at 20:00 (the 31st is a Sunday).
        var may = await TriggerOfAsync("2026-05");
        Assert.NotNull(may);
        Assert.Equal(new DateTimeOffset(2026, 5, 30, 20, 0, 0, AssessmentTestFactory.Shanghai), may.NextFireTimeUtc);
        Assert.Equal("2026-05", may.JobDataMap.GetString(AssessmentScheduler.MonthKey));
        Assert.True((await (await SchedulerAsync()).GetJobDetail(AssessmentScheduler.JobKey))!.Durable);

        // The day before, nothing has been assessed; then the clock reaches the assessment time and the scheduler looks again.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 29, 20, 0, 0, AssessmentTestFactory.Shanghai));
        Assert.Null(await factory.RowAsync("2026-05", "A851"));
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 30, 20, 0, 1, AssessmentTestFactory.Shanghai));
        var scheduler = await SchedulerAsync();
        await scheduler.PauseAll();
        await scheduler.ResumeAll();

        var row = await Eventually.Until(() => factory.RowAsync("2026-05", "A851"), r => r is not null, TimeSpan.FromSeconds(30), "the job to assess May");
        Assert.NotNull(row);
        Assert.True(row.Final);
        Assert.Equal(("system", "awaiting-attitude", 100.0), (row.ComputedBy, row.Status, row.Quantitative));

        // June 30 is a public holiday, so June is assessed on Monday the 29th.
        var june = await Eventually.Until(() => TriggerOfAsync("2026-06"), t => t is not null, TimeSpan.FromSeconds(10), "June's trigger");
        Assert.Equal(new DateTimeOffset(2026, 6, 29, 20, 0, 0, AssessmentTestFactory.Shanghai), june!.NextFireTimeUtc);
        await Eventually.True(async () => (await scheduler.QueryFireInstances(new FireInstanceQuery { Job = AssessmentScheduler.JobKey })).Items.Count == 0, because: "the job to finish");
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_running_the_job_again_replaces_the_months_results()
    {
        await factory.SeedAgentAsync("A852", "online");
        await factory.GoodMonthAsync("A852", 2026, 4);
        var scheduler = await SchedulerAsync();

        for (var i = 0; i < 2; i++)
        {
            var before = (await factory.RowAsync("2026-04", "A852"))?.ComputedAt;
            await scheduler.TriggerJob(AssessmentScheduler.JobKey, new JobDataMap { [AssessmentScheduler.MonthKey] = "2026-04" });
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
            await Eventually.Until(() => factory.RowAsync("2026-04", "A852"), r => r is not null && r.ComputedAt != before, TimeSpan.FromSeconds(30), "the job to assess April");
        }

        await Eventually.True(async () => (await scheduler.QueryFireInstances(new FireInstanceQuery { Job = AssessmentScheduler.JobKey })).Items.Count == 0, because: "the job to finish");
        await using var db = factory.Db();
        Assert.Equal(1, await db.MonthlyAssessments.CountAsync(a => a.Month == "2026-04" && a.AgentCode == "A852"));
        Assert.Equal(await db.Agents.CountAsync(), await db.MonthlyAssessments.CountAsync(a => a.Month == "2026-04"));
    }
}
