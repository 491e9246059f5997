using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// Demo only (<c>ServiceConsole:Demo:Enabled</c>): on a demo centre with no training yet, one agent of the counter team
/// (A034) is on day 3 of onboarding with a mentor, and a monthly session is scheduled later this month for everyone
/// else, with its reminders. Real agents of the seeded centre, so the board's head count stays the same.
/// </summary>
public sealed class TrainingDemoSeed(
    IOptions<ServiceConsoleOptions> console,
    IOptions<PolicyOptions> policy,
    WritePath writes,
    ISupervisorActions supervisor,
    TrainingSessions sessions,
    CentreTimeZone centre,
    TimeProvider time,
    ILogger<TrainingDemoSeed> logger) : IHostedService
{
    public const string NewAgent = "A034";
    public const string Mentor = "A033";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!console.Value.Demo.Enabled)
        {
            return;
        }

        var session = await writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            if (await db.Onboardings.AnyAsync(cancellationToken) || await db.TrainingSessions.AnyAsync(cancellationToken))
            {
                return null;
            }

            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Code == NewAgent, cancellationToken);
            if (agent is not { Hold: DutyHold.None } || !await db.Agents.AnyAsync(a => a.Code == Mentor, cancellationToken))
            {
                return null;
            }

            var now = time.GetUtcNow();
            var local = centre.ToLocal(now);
            var today = DateOnly.FromDateTime(local.DateTime);
            var options = policy.Value.Training;
            var onboarding = Onboarding.Enrol(Guid.CreateVersion7(now), agent.Code, today.AddDays(-2), options.OnboardingDays, Mentor, "trainer", now.AddDays(-2));
            onboarding.MarkDayDone(1, "企业文化与快递条例讲解,课堂提问积极", "trainer", today, now.AddDays(-2).AddHours(8));
            onboarding.MarkDayDone(2, "服务制度与投诉处理时限,小测 85 分", "trainer", today, now.AddDays(-1).AddHours(8));
            db.Onboardings.Add(onboarding);
            await supervisor.PlaceHoldAsync(write, agent, DutyHold.Onboarding, OnboardingService.RuleId, until: null);

            // Later this month at 14:00 (centre time), or in an hour on the month's last afternoon.
            var tomorrow = local.Date.AddDays(1).AddHours(14);
            var startsAt = tomorrow.Month == local.Month
                ? new DateTimeOffset(tomorrow, centre.Zone.GetUtcOffset(tomorrow)).ToUniversalTime()
                : now.AddHours(1);
            var attendees = await db.Agents.AsNoTracking().Where(a => a.Hold != DutyHold.Onboarding && a.Code != agent.Code)
                .OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(cancellationToken);
            var scheduled = TrainingSession.Schedule(
                Guid.CreateVersion7(now), $"{local.Month}月业务更新与案例分享", [TrainingTopic.BusinessUpdates, TrainingTopic.CaseSharing],
                startsAt, sessions.MonthOf(startsAt), options.MonthlyTrainingHours, [], attendees, "trainer", now);
            db.TrainingSessions.Add(scheduled);
            write.Publish(new TrainingChanged(null));
            return scheduled;
        }, cancellationToken);
        if (session is not null)
        {
            await sessions.ScheduleRemindersAsync(session, cancellationToken);
            logger.LogInformation("Demo training: {Agent} on day 3 of onboarding, a session on {StartsAt}", NewAgent, session.StartsAt);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
