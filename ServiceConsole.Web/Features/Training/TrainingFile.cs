using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Training;

/// <summary>TRN-07: an agent's training file from the onboarding, the monthly sessions and the required trainings.</summary>
public sealed class TrainingFile(IDbContextFactory<ConsoleDbContext> dbFactory, CentreTimeZone centre, TimeProvider time) : ITrainingFile
{
    public async Task<TrainingFileResource?> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
        if (agent is null)
        {
            return null;
        }

        var entries = await EntriesAsync(db, agentCode, cancellationToken);
        return new TrainingFileResource(agent.Code, agent.Name, agent.TeamCode, [.. entries.OrderByDescending(e => e.At)]);
    }

    public async Task<TrainingYearResource> YearAsync(string agentCode, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = (await EntriesAsync(db, agentCode, cancellationToken)).Where(e => e.Date.Year == year).ToList();
        var trainings = entries.Where(e => e.Kind is "onboarding-exam" or "remedial" or "service-norm").ToList();
        return new TrainingYearResource(
            agentCode, year,
            entries.Count(e => e is { Kind: "session", Outcome: "attended" }),
            entries.Count(e => e is { Kind: "session", Outcome: "missed" }),
            trainings.Count(e => e.Outcome == "passed"),
            trainings.Count(e => e.Outcome == "failed"));
    }

    private async Task<List<TrainingFileEntry>> EntriesAsync(ConsoleDbContext db, string agentCode, CancellationToken cancellationToken)
    {
        var entries = new List<TrainingFileEntry>();
        var onboarding = await db.Onboardings.AsNoTracking().FirstOrDefaultAsync(o => o.AgentCode == agentCode, cancellationToken);
        if (onboarding is not null)
        {
            var plan = onboarding.Plan;
            foreach (var day in onboarding.DaysDone)
            {
                entries.Add(new TrainingFileEntry(
                    day.DoneAt, OnboardingPlan.DateOf(onboarding.StartsOn, day.Day), "onboarding-day", OnboardingService.RuleId, $"{day.Day}",
                    [WireNames.ToWire(plan.TopicOf(day.Day))], "done", null, null, null, null, day.Note, onboarding.Id));
            }

            foreach (var exam in onboarding.Exams)
            {
                entries.Add(new TrainingFileEntry(
                    exam.At, DateOf(exam.At), "onboarding-exam", OnboardingService.RuleId, $"{exam.Attempt}",
                    [WireNames.ToWire(OnboardingTopic.Exam)], exam.Passed ? "passed" : "failed", exam.Theory, exam.Practice, null, null, null, onboarding.Id));
            }
        }

        var sessions = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.Attendees.Any(a => a.AgentCode == agentCode))
            .ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            var attendee = session.Attendee(agentCode)!;
            var outcome = attendee.Status == AttendanceStatus.Pending && session.StartsAt > time.GetUtcNow() ? "upcoming" : WireNames.ToWire(attendee.Status);
            entries.Add(new TrainingFileEntry(
                session.StartsAt, DateOf(session.StartsAt), "session", "TRN-02", session.Title, [.. session.Topics.Select(WireNames.ToWire)],
                outcome, null, null, null, attendee.Result, null, session.Id));
        }

        var required = await db.TrainingAssignments.AsNoTracking().Where(a => a.AgentCode == agentCode).ToListAsync(cancellationToken);
        foreach (var assignment in required)
        {
            var at = assignment.DecidedAt ?? assignment.AssignedAt;
            entries.Add(new TrainingFileEntry(
                at, DateOf(at), WireNames.ToWire(assignment.Kind), assignment.RuleId, assignment.Reason, [], WireNames.ToWire(assignment.Status),
                null, null, assignment.Score, null, assignment.Note, assignment.Id));
        }

        return entries;
    }

    private DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(centre.ToLocal(at).DateTime);
}
