using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Training;

/// <summary>A team as the training forms offer it.</summary>
public sealed record TeamOption(string Code, string Name, string Channel);

/// <summary>An agent as the training forms offer it (a mentor).</summary>
public sealed record AgentOption(string Code, string Name, string TeamCode);

/// <summary>
/// What the trainer's home, <c>/training</c> and the agent's training cards read and do: one seam over the onboarding,
/// the monthly sessions and the required trainings, so the screens stay free of the services' plumbing.
/// </summary>
public interface ITrainingDesk
{
    /// <summary>TRN-01: the score each part of the onboarding exam must reach.</summary>
    double OnboardingPassScore { get; }

    /// <summary>TRN-01: days of the onboarding plan.</summary>
    int OnboardingDays { get; }

    /// <summary>TRN-02: sessions each agent owes a month.</summary>
    int MonthlySessions { get; }

    /// <summary>TRN-02: hours of a session.</summary>
    int SessionHours { get; }

    /// <summary>The centre's month now, <c>yyyy-MM</c>.</summary>
    string CurrentMonth { get; }

    /// <summary>The centre's date today.</summary>
    DateOnly Today { get; }

    Task<IReadOnlyList<OnboardingResource>> CohortAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TrainingSessionResource>> SessionsAsync(string month, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MissedTrainingResource>> MissedAsync(string month, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TrainingAssignmentResource>> OpenTrainingsAsync(CancellationToken cancellationToken = default);

    /// <summary>The sessions an agent is expected at that have not ended, soonest first.</summary>
    Task<IReadOnlyList<TrainingSessionResource>> UpcomingAsync(string agentCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TeamOption>> TeamsAsync(CancellationToken cancellationToken = default);

    /// <summary>Agents who may mentor a new agent: everyone not in onboarding themselves.</summary>
    Task<IReadOnlyList<AgentOption>> MentorsAsync(CancellationToken cancellationToken = default);

    Task<OperationResult<OnboardingResource>> EnrolAsync(OnboardingRequest request, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<OnboardingResource>> MarkDayAsync(string agentCode, int day, string? note, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<OnboardingResource>> RecordExamAsync(string agentCode, double? theory, double? practice, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<TrainingSessionResource>> ScheduleAsync(TrainingSessionRequest request, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<TrainingSessionResource>> RecordAttendanceAsync(Guid sessionId, AttendanceRequest request, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<TrainingAssignmentResource>> RecordResultAsync(Guid id, bool passed, double? score, string? note, Actor actor, CancellationToken cancellationToken = default);
}
