namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// <c>POST /api/v1/training/onboarding</c>: enrols <paramref name="AgentCode"/> into the TRN-01 plan from
/// <paramref name="StartsOn"/> (<c>yyyy-MM-dd</c>, centre-local) with the senior agent <paramref name="MentorCode"/>. An
/// unknown code creates the agent: then <paramref name="Name"/> and <paramref name="TeamCode"/> are required and
/// <paramref name="Channel"/> defaults to the team's.
/// </summary>
public sealed record OnboardingRequest(string? AgentCode, string? Name, string? TeamCode, string? Channel, string? StartsOn, string? MentorCode);

/// <summary><c>POST /api/v1/training/onboarding/{agentCode}/days/{day}</c>: the day is done, with the trainer's note.</summary>
public sealed record OnboardingDayRequest(string? Note);

/// <summary><c>POST /api/v1/training/onboarding/{agentCode}/exam</c>: the day-7 exam's scores, 0–100 each.</summary>
public sealed record OnboardingExamRequest(double? Theory, double? Practice);

/// <summary>One day of the plan: its date, what it covers (wire names of <c>OnboardingTopic</c>), and whether it is done.</summary>
public sealed record OnboardingDayResource(
    int Day, DateOnly Date, string Topic, bool WithMentor, DateTimeOffset? DoneAt, string? DoneBy, string? Note);

/// <summary>One exam sitting; every attempt is kept.</summary>
public sealed record OnboardingExamResource(int Attempt, DateTimeOffset At, double Theory, double Practice, bool Passed, string RecordedBy);

/// <summary>A new agent's onboarding with per-day progress, as the trainer and the supervisor read it.</summary>
public sealed record OnboardingResource(
    Guid Id,
    string AgentCode,
    string AgentName,
    string TeamCode,
    string Channel,
    DateOnly StartsOn,
    int Days,
    int CurrentDay,
    string MentorCode,
    string MentorName,
    string Status,
    string Hold,
    string? HoldRuleId,
    double PassScore,
    DateTimeOffset EnrolledAt,
    string EnrolledBy,
    DateTimeOffset? PassedAt,
    IReadOnlyList<OnboardingDayResource> Plan,
    IReadOnlyList<OnboardingExamResource> Exams);
