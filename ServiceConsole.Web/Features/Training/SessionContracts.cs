using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// <c>POST /api/v1/training/sessions</c>: a monthly training (TRN-02) starting at <paramref name="StartsAt"/> on
/// <paramref name="Topics"/> (<c>business-updates</c>, <c>service-skills</c>, <c>case-sharing</c>), for the agents of
/// <paramref name="Teams"/> or, when none are given, for every agent not in onboarding.
/// </summary>
/// <param name="Title">The session's title.</param>
/// <param name="Topics">At least one topic.</param>
/// <param name="StartsAt">When it starts: in the future, within a year.</param>
/// <param name="Teams">At most 20 team codes (each at most 20 characters); left out or empty, every agent not in onboarding.</param>
public sealed record TrainingSessionRequest(
    [Required, StringLength(200)] string? Title,
    [Required, MinLength(1), WireEnum<TrainingTopic>] IReadOnlyList<string>? Topics,
    [Required] DateTimeOffset? StartsAt,
    [MaxLength(20)] IReadOnlyList<string>? Teams);

/// <summary><c>PUT /api/v1/training/sessions/{id}/attendance</c>: whether the agent came, and their result.</summary>
/// <param name="AgentCode">An agent invited to the session.</param>
/// <param name="Attended">Whether the agent came.</param>
/// <param name="Result">The agent's result, free text.</param>
public sealed record AttendanceRequest([Required, StringLength(20)] string? AgentCode, [Required] bool? Attended, [StringLength(200)] string? Result);

/// <summary>An agent expected at a session; <paramref name="Attendance"/> is <c>pending</c>, <c>attended</c> or <c>missed</c>.</summary>
public sealed record SessionAttendeeResource(
    string AgentCode, string AgentName, string TeamCode, string Attendance, string? Result, DateTimeOffset? RecordedAt, string? RecordedBy);

/// <summary>A monthly training session with its attendees and the reminders it sends.</summary>
public sealed record TrainingSessionResource(
    Guid Id,
    string Title,
    IReadOnlyList<string> Topics,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Hours,
    string Month,
    IReadOnlyList<string> Teams,
    DateTimeOffset ScheduledAt,
    string ScheduledBy,
    IReadOnlyList<SessionAttendeeResource> Attendees,
    IReadOnlyList<DateTimeOffset> Reminders);

/// <summary>A session an agent missed.</summary>
public sealed record MissedSessionResource(Guid SessionId, string Title, DateTimeOffset StartsAt);

/// <summary>
/// An agent who missed the month's training (TRN-02): attended fewer than <paramref name="Required"/> sessions and
/// either missed one or the month is over.
/// </summary>
public sealed record MissedTrainingResource(
    string AgentCode, string AgentName, string TeamCode, int Required, int Attended, IReadOnlyList<MissedSessionResource> Missed);

/// <summary>The reminder an attendee receives live before a session (<c>trainingReminder</c> on the hub).</summary>
public sealed record TrainingReminderResource(Guid SessionId, string Title, IReadOnlyList<string> Topics, DateTimeOffset StartsAt, int Hours, int MinutesBefore);
