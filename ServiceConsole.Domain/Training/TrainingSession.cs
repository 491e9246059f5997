namespace ServiceConsole.Domain.Training;

/// <summary>What a monthly training covers (TRN-02).</summary>
public enum TrainingTopic
{
    BusinessUpdates,
    ServiceSkills,
    CaseSharing,
}

/// <summary>Whether an attendee came, as the trainer recorded it.</summary>
public enum AttendanceStatus
{
    /// <summary>Nothing recorded yet.</summary>
    Pending,
    Attended,
    Missed,
}

/// <summary>An agent expected at a session, and what the trainer recorded for them.</summary>
public sealed class SessionAttendee
{
    private SessionAttendee()
    {
    }

    public SessionAttendee(string agentCode) => AgentCode = agentCode;

    public string AgentCode { get; private set; } = "";

    public AttendanceStatus Status { get; private set; }

    /// <summary>The trainer's result for the attendee (a quiz score, a remark).</summary>
    public string? Result { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public string? RecordedBy { get; private set; }

    internal void Record(bool attended, string? result, string by, DateTimeOffset at)
    {
        Status = attended ? AttendanceStatus.Attended : AttendanceStatus.Missed;
        Result = attended && !string.IsNullOrWhiteSpace(result) ? result.Trim() : null;
        RecordedAt = at;
        RecordedBy = by;
    }
}

/// <summary>
/// TRN-02: one monthly training session of <see cref="Hours"/> hours (2) on business updates, service skills and/or
/// case sharing, for every agent or for chosen teams. The attendees are fixed when it is scheduled; the trainer records
/// each one's attendance and result once the session has started, and may correct it.
/// </summary>
public sealed class TrainingSession
{
    private readonly List<SessionAttendee> _attendees = [];

    // For EF Core materialisation only.
    private TrainingSession()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The topics, as their wire names joined by commas (stored as one column).</summary>
    public string TopicList { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public int Hours { get; private set; }

    /// <summary>The centre-local month of the start, <c>yyyy-MM</c>.</summary>
    public string Month { get; private set; } = "";

    /// <summary>The chosen teams, joined by commas; empty for every agent.</summary>
    public string TeamList { get; private set; } = "";

    public DateTimeOffset ScheduledAt { get; private set; }

    public string ScheduledBy { get; private set; } = "";

    /// <summary>The reminder lead times (minutes before the start) already sent, so a repeated fire sends nothing twice.</summary>
    public string RemindersSent { get; private set; } = "";

    public IReadOnlyList<SessionAttendee> Attendees => _attendees;

    public IReadOnlyList<TrainingTopic> Topics =>
        [.. TopicList.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => WireNames.TryParse<TrainingTopic>(t, out var topic) ? topic : (TrainingTopic?)null).OfType<TrainingTopic>()];

    public IReadOnlyList<string> Teams => TeamList.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public DateTimeOffset EndsAt => StartsAt.AddHours(Hours);

    public static TrainingSession Schedule(
        Guid id, string title, IReadOnlyCollection<TrainingTopic> topics, DateTimeOffset startsAt, string month, int hours,
        IReadOnlyCollection<string> teams, IReadOnlyCollection<string> attendees, string scheduledBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(month);
        ArgumentException.ThrowIfNullOrWhiteSpace(scheduledBy);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);
        if (topics.Count == 0 || topics.Any(t => !Enum.IsDefined(t)))
        {
            throw new ArgumentException("A session covers at least one of business updates, service skills and case sharing.", nameof(topics));
        }

        if (attendees.Count == 0)
        {
            throw new ArgumentException("A session needs at least one attendee.", nameof(attendees));
        }

        if (startsAt <= at)
        {
            throw new ArgumentOutOfRangeException(nameof(startsAt), startsAt, "A session is scheduled ahead of its start.");
        }

        var session = new TrainingSession
        {
            Id = id, Title = title.Trim(), StartsAt = startsAt, Month = month, Hours = hours, ScheduledBy = scheduledBy, ScheduledAt = at,
            TopicList = string.Join(',', topics.Distinct().Order().Select(WireNames.ToWire)),
            TeamList = string.Join(',', teams.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        };
        session._attendees.AddRange(attendees.Distinct(StringComparer.Ordinal).Select(a => new SessionAttendee(a)));
        return session;
    }

    public SessionAttendee? Attendee(string agentCode) => _attendees.FirstOrDefault(a => a.AgentCode == agentCode);

    /// <summary>The trainer records whether an attendee came and their result, once the session has started (correctable).</summary>
    /// <exception cref="ArgumentException">The agent is not an attendee.</exception>
    /// <exception cref="InvalidTransitionException">The session has not started yet.</exception>
    public void RecordAttendance(string agentCode, bool attended, string? result, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var attendee = Attendee(agentCode) ?? throw new ArgumentException($"Agent {agentCode} is not expected at this session.", nameof(agentCode));
        if (at < StartsAt)
        {
            throw new InvalidTransitionException("attendance", "scheduled", "Attendance is recorded once the session has started.");
        }

        attendee.Record(attended, result, by, at);
    }

    /// <summary>Marks the reminder <paramref name="leadMinutes"/> before the start as sent; false when it was sent already.</summary>
    public bool MarkReminderSent(int leadMinutes)
    {
        var sent = RemindersSent.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var key = leadMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (sent.Contains(key))
        {
            return false;
        }

        RemindersSent = string.Join(',', sent.Append(key));
        return true;
    }
}
