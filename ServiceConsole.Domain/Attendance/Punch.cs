namespace ServiceConsole.Domain.Attendance;

/// <summary>
/// One time-clock punch (GEN-03): from a clock device (idempotent on <see cref="ExternalId"/>), or added by a supervisor
/// with a reason. A punch is never deleted: a wrong one is voided with a reason, once.
/// </summary>
public sealed class Punch
{
    private Punch()
    {
    }

    private Punch(Guid id, string? externalId, string agentCode, DateTimeOffset at, PunchKind kind, PunchSource source,
        string recordedBy, DateTimeOffset recordedAt, string? reason)
    {
        Id = id;
        ExternalId = externalId;
        AgentCode = agentCode;
        At = at;
        Kind = kind;
        Source = source;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    /// <summary>The clock device's id for the punch; null for a correction.</summary>
    public string? ExternalId { get; private set; }

    public string AgentCode { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public PunchKind Kind { get; private set; }

    public PunchSource Source { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The supervisor's reason for a correction.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public string? VoidedBy { get; private set; }

    public string? VoidReason { get; private set; }

    public bool IsVoided => VoidedAt is not null;

    public static Punch FromClock(Guid id, string externalId, string agentCode, DateTimeOffset at, PunchKind kind, string recordedBy, DateTimeOffset now) =>
        new(id, externalId, agentCode, at, kind, PunchSource.Clock, recordedBy, now, null);

    public static Punch Correction(Guid id, string agentCode, DateTimeOffset at, PunchKind kind, string reason, string by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(id, null, agentCode, at, kind, PunchSource.Correction, by, now, reason.Trim());
    }

    /// <summary>Voids the punch with a reason; a voided punch cannot be voided again.</summary>
    public void Void(string reason, string by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsVoided)
        {
            throw new InvalidTransitionException("void", "voided", "The punch is already voided.");
        }

        VoidedAt = now;
        VoidedBy = by;
        VoidReason = reason.Trim();
    }
}

/// <summary>
/// A leave request (GEN-03: sick, personal, marriage, maternity leave) for whole days from <see cref="From"/> to
/// <see cref="To"/>. Filed by the agent or HR; approved or rejected once, by HR or the team's direct supervisor. Only
/// an approved request excuses the days it covers.
/// </summary>
public sealed class LeaveRequest
{
    private LeaveRequest()
    {
    }

    public LeaveRequest(Guid id, string agentCode, LeaveKind kind, DateOnly from, DateOnly to, string reason, string filedBy, DateTimeOffset filedAt)
    {
        if (to < from)
        {
            throw new ArgumentException("Leave ends on or after its first day.");
        }

        Id = id;
        AgentCode = agentCode;
        Kind = kind;
        From = from;
        To = to;
        Reason = reason;
        FiledBy = filedBy;
        FiledAt = filedAt;
        Status = LeaveStatus.Pending;
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    public LeaveKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Reason { get; private set; } = "";

    public LeaveStatus Status { get; private set; }

    public string FiledBy { get; private set; } = "";

    public DateTimeOffset FiledAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public bool Covers(DateOnly date) => Status == LeaveStatus.Approved && date >= From && date <= To;

    public void Approve(string by, string? note, DateTimeOffset now) => Decide(LeaveStatus.Approved, "approve", by, note, now);

    public void Reject(string by, string? note, DateTimeOffset now) => Decide(LeaveStatus.Rejected, "reject", by, note, now);

    private void Decide(LeaveStatus status, string action, string by, string? note, DateTimeOffset now)
    {
        if (Status != LeaveStatus.Pending)
        {
            throw new InvalidTransitionException(action, AttendanceWire.ToWire(Status), $"The leave request is already {AttendanceWire.ToWire(Status)}.");
        }

        Status = status;
        DecidedBy = by;
        DecidedAt = now;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>
/// An agent's pay profile (GEN-02, GEN-05): the monthly base in yuan from which the daily wage (÷ 21.5) and the hourly
/// rate (÷ 21.5 ÷ 8) are derived, and whether the agent draws a position allowance (then overtime is time off in lieu).
/// HR keeps it; without one, a deduction is unknown rather than guessed.
/// </summary>
public sealed class PayProfile
{
    private PayProfile()
    {
    }

    public PayProfile(string agentCode, decimal monthlyBaseYuan, bool hasPositionAllowance, string by, DateTimeOffset now)
    {
        AgentCode = agentCode;
        Update(monthlyBaseYuan, hasPositionAllowance, by, now);
    }

    public string AgentCode { get; private set; } = "";

    public decimal MonthlyBaseYuan { get; private set; }

    public bool HasPositionAllowance { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(decimal monthlyBaseYuan, bool hasPositionAllowance, string by, DateTimeOffset now)
    {
        if (monthlyBaseYuan <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyBaseYuan), "A monthly base is positive.");
        }

        MonthlyBaseYuan = monthlyBaseYuan;
        HasPositionAllowance = hasPositionAllowance;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}

/// <summary>
/// GEN-02: approved overtime of an agent on a date, with the day kind the calendar gave it and its compensation: pay
/// (the amount and hourly rate fixed when recorded) or, for an agent with a position allowance, hours of time off in lieu.
/// </summary>
public sealed class OvertimeRecord
{
    private OvertimeRecord()
    {
    }

    public OvertimeRecord(Guid id, string agentCode, DateOnly date, decimal hours, OvertimeDayKind dayKind, OvertimeCompensation compensation,
        decimal? amountYuan, decimal? hourlyRate, string reason, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        AgentCode = agentCode;
        Date = date;
        Hours = hours;
        DayKind = dayKind;
        Compensation = compensation;
        AmountYuan = amountYuan;
        HourlyRate = hourlyRate;
        Reason = reason;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public decimal Hours { get; private set; }

    public OvertimeDayKind DayKind { get; private set; }

    public OvertimeCompensation Compensation { get; private set; }

    /// <summary>The pay in yuan; null for time off in lieu, or when the agent had no pay profile (unknown, never guessed).</summary>
    public decimal? AmountYuan { get; private set; }

    public decimal? HourlyRate { get; private set; }

    public string Reason { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}
