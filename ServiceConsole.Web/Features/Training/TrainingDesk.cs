using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Training;

/// <summary>The screens' seam over <see cref="OnboardingService"/>, <see cref="TrainingSessions"/> and <see cref="TrainingAssignments"/>.</summary>
public sealed class TrainingDesk(
    OnboardingService onboarding, TrainingSessions sessions, TrainingAssignments assignments, IDbContextFactory<ConsoleDbContext> dbFactory)
    : ITrainingDesk
{
    public double OnboardingPassScore => onboarding.PassScore;

    public int OnboardingDays => onboarding.Days;

    public int MonthlySessions => sessions.Required;

    public int SessionHours => sessions.Hours;

    public string CurrentMonth => sessions.CurrentMonth;

    public DateOnly Today => onboarding.Today;

    public Task<IReadOnlyList<OnboardingResource>> CohortAsync(CancellationToken cancellationToken = default) => onboarding.ListAsync(cancellationToken);

    public Task<IReadOnlyList<TrainingSessionResource>> SessionsAsync(string month, CancellationToken cancellationToken = default) => sessions.ListAsync(month, cancellationToken);

    public Task<IReadOnlyList<MissedTrainingResource>> MissedAsync(string month, CancellationToken cancellationToken = default) => sessions.MissedAsync(month, cancellationToken);

    public Task<IReadOnlyList<TrainingAssignmentResource>> OpenTrainingsAsync(CancellationToken cancellationToken = default) => assignments.OpenAsync(cancellationToken);

    public Task<IReadOnlyList<TrainingSessionResource>> UpcomingAsync(string agentCode, CancellationToken cancellationToken = default) =>
        sessions.UpcomingForAsync(agentCode, cancellationToken);

    public async Task<IReadOnlyList<TeamOption>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return [.. teams.Select(t => new TeamOption(t.Code, t.Name, WireNames.ToWire(t.Channel)))];
    }

    public async Task<IReadOnlyList<AgentOption>> MentorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Agents.AsNoTracking().Where(a => a.Hold != DutyHold.Onboarding).OrderBy(a => a.Code)
            .Select(a => new AgentOption(a.Code, a.Name, a.TeamCode)).ToListAsync(cancellationToken);
    }

    public Task<OperationResult<OnboardingResource>> EnrolAsync(OnboardingRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        onboarding.EnrolAsync(request, actor, cancellationToken);

    public Task<OperationResult<OnboardingResource>> MarkDayAsync(string agentCode, int day, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        onboarding.MarkDayAsync(agentCode, day, note, actor, cancellationToken);

    public Task<OperationResult<OnboardingResource>> RecordExamAsync(string agentCode, double? theory, double? practice, Actor actor, CancellationToken cancellationToken = default) =>
        onboarding.RecordExamAsync(agentCode, theory, practice, actor, cancellationToken);

    public Task<OperationResult<TrainingSessionResource>> ScheduleAsync(TrainingSessionRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        sessions.ScheduleAsync(request, actor, cancellationToken);

    public Task<OperationResult<TrainingSessionResource>> RecordAttendanceAsync(Guid sessionId, AttendanceRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        sessions.RecordAttendanceAsync(sessionId, request, actor, cancellationToken);

    public Task<OperationResult<TrainingAssignmentResource>> RecordResultAsync(Guid id, bool passed, double? score, string? note, Actor actor, CancellationToken cancellationToken = default) =>
        assignments.RecordResultAsync(id, passed, score, note, actor, cancellationToken);
}
