using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Assessment;

namespace ServiceConsole.Tests.Integration.Assessment;

/// <summary>
/// TRN-03 across restarts: the month's trigger is stored with Quartz, moves when the calendar changes (GEN-01, a list of
/// rest days replacing the default), and a month missed while the console was down is assessed when it is back.
/// </summary>
public sealed class AssessmentRestartTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    [Trait("Rule", "TRN-03")]
    [Trait("Rule", "GEN-01")]
    public async Task TRN_03_a_changed_calendar_moves_the_stored_trigger_and_a_month_missed_while_down_is_assessed_at_start()
    {
        var database = Path.Combine(Path.GetTempPath(), $"serviceconsole-assessrestart-{Guid.NewGuid():N}.db");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 10, 0, 0, Shanghai));
        using (var first = new ConsoleAppFactory { DatabasePath = database, KeepFiles = true, Time = clock })
        {
            await first.SeedAgentAsync("A871", "online");
            Assert.Equal(new DateTimeOffset(2026, 10, 31, 20, 0, 0, Shanghai), (await TriggerAsync(first, "2026-10"))!.NextFireTimeUtc); // a Saturday
        }

        // Saturdays become rest days: October is assessed on Friday the 30th, and the stored trigger moves with it.
        var second = new ConsoleAppFactory { DatabasePath = database, KeepFiles = true, Time = clock };
        second.Settings["Policy:General:RestDays:0"] = "Saturday";
        second.Settings["Policy:General:RestDays:1"] = "Sunday";
        using (second)
        {
            Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], second.Services.GetRequiredService<IOptions<PolicyOptions>>().Value.General.RestDays);
            var october = await TriggerAsync(second, "2026-10");
            Assert.Equal(new DateTimeOffset(2026, 10, 30, 20, 0, 0, Shanghai), october!.NextFireTimeUtc);
            Assert.Single(await (await SchedulerAsync(second)).GetTriggersOfJob(AssessmentScheduler.JobKey));
        }

        // The console is down over the assessment time and starts again the next morning.
        clock.SetUtcNow(new DateTimeOffset(2026, 10, 31, 9, 0, 0, Shanghai));
        var third = new ConsoleAppFactory { DatabasePath = database, Time = clock };
        third.Settings["Policy:General:RestDays:0"] = "Saturday";
        third.Settings["Policy:General:RestDays:1"] = "Sunday";
        using (third)
        {
            var assessments = third.Services.GetRequiredService<MonthlyAssessments>();
            var row = await Eventually.Until(
                async () => (await assessments.GetAsync("2026-10", "A871", AssessmentTestFactory.Hr)).Value,
                r => r is not null, TimeSpan.FromSeconds(40), "the missed October assessment to run at start-up");
            Assert.True(row!.Final);
            Assert.Equal("system", row.ComputedBy);
            var november = await Eventually.Until(() => TriggerAsync(third, "2026-11"), t => t is not null, TimeSpan.FromSeconds(10), "November's trigger");
            Assert.Equal(new DateTimeOffset(2026, 11, 30, 20, 0, 0, Shanghai), november!.NextFireTimeUtc);
            await Eventually.True(async () => (await (await SchedulerAsync(third)).QueryFireInstances(new FireInstanceQuery { Job = AssessmentScheduler.JobKey })).Items.Count == 0, because: "the job to finish before the console stops");
        }
    }

    private static async Task<IScheduler> SchedulerAsync(ConsoleAppFactory factory) =>
        await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private static async Task<ITrigger?> TriggerAsync(ConsoleAppFactory factory, string month) =>
        await (await SchedulerAsync(factory)).GetTrigger(AssessmentScheduler.TriggerKeyOf(AssessmentMonth.TryParse(month, out var m) ? m : default));
}
