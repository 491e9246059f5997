namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// <c>POST /api/v1/training/sessions</c>: a monthly training (TRN-02) starting at <paramref name="StartsAt"/> on
/// <paramref name="Topics"/> (<c>business-updates</c>, <c>service-skills</c>, <c>case-sharing</c>), for the agents of
/// <paramref name="Teams"/> or, when none are given, for every agent not in onboarding.
/// </summary>
public sealed record TrainingSessionRequest(string? Title, IReadOnlyList<string>? Topics, DateTimeOffset? StartsAt, IReadOnlyList<string>? Teams);

/// <summary><c>PUT /api/v1/training/sessions/{id}/attendance</c>: whether the agent came, and their result.</summary>
public sealed record AttendanceRequest(string? AgentCode, bool? Attended, string? Result);

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
