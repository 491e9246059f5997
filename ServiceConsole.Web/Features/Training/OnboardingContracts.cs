using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// <c>POST /api/v1/training/onboarding</c>: enrols <paramref name="AgentCode"/> into the TRN-01 plan from
/// <paramref name="StartsOn"/> (<c>yyyy-MM-dd</c>, centre-local) with the senior agent <paramref name="MentorCode"/>. An
/// unknown code creates the agent: then <paramref name="Name"/> and <paramref name="TeamCode"/> are required and
/// <paramref name="Channel"/> defaults to the team's.
/// </summary>
/// <param name="AgentCode">1–20 letters, digits, '-' or '_'.</param>
/// <param name="Name">The new agent's name: required when <c>agentCode</c> is not yet an agent.</param>
/// <param name="TeamCode">The new agent's team: required when <c>agentCode</c> is not yet an agent.</param>
/// <param name="Channel">The new agent's channel; left out, the team's.</param>
/// <param name="StartsOn">Day 1 of the plan, <c>yyyy-MM-dd</c> in centre time: from a plan still running up to a year from today.</param>
/// <param name="MentorCode">The senior agent who mentors (an existing agent, not in onboarding, not the new agent).</param>
public sealed record OnboardingRequest(
    [Required, StringLength(20), RegularExpression("^[A-Za-z0-9_-]{1,20}$")] string? AgentCode,
    [StringLength(100)] string? Name,
    [StringLength(20)] string? TeamCode,
    [WireEnum<Channel>] string? Channel,
    [Required, DataType(DataType.Date)] string? StartsOn,
    [Required, StringLength(20)] string? MentorCode);

/// <summary><c>POST /api/v1/training/onboarding/{agentCode}/days/{day}</c>: the day is done, with the trainer's note.</summary>
/// <param name="Note">The trainer's note, free text.</param>
public sealed record OnboardingDayRequest([StringLength(1000)] string? Note);

/// <summary><c>POST /api/v1/training/onboarding/{agentCode}/exam</c>: the day-7 exam's scores, 0–100 each.</summary>
/// <param name="Theory">The theory score, 0–100.</param>
/// <param name="Practice">The practice score, 0–100.</param>
public sealed record OnboardingExamRequest([Required, Range(0d, 100d)] double? Theory, [Required, Range(0d, 100d)] double? Practice);

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
