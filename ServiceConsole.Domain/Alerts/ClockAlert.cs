namespace ServiceConsole.Domain.Alerts;

/// <summary>
/// A warning before a deadline or the notice that it passed, kept so the supervisors' alert list
/// survives a restart. One alert exists per (subject, clock, kind, due time): a scheduler firing
/// twice, or a transition and the scheduler noticing the same breach, raise it once.
/// </summary>
public sealed class ClockAlert
{
    // For EF Core materialisation only.
    private ClockAlert()
    {
    }

    public Guid Id { get; private set; }
    public ClockAlertKind Kind { get; private set; }
    public string RuleId { get; private set; } = "";

    /// <summary><c>verify</c>, <c>resolve</c>, <c>callback</c>, <c>recallback</c>, <c>promise</c> or <c>recovery</c>.</summary>
    public string Clock { get; private set; } = "";

    public ClockSubject SubjectKind { get; private set; }
    public Guid SubjectId { get; private set; }

    /// <summary>Who owns the deadline (the complaint's assignee, the callback's agent); null when nobody yet.</summary>
    public string? AgentCode { get; private set; }

    /// <summary>Customer and waybill or phone, so the alert reads without opening anything.</summary>
    public string Subject { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public bool IsDrill { get; private set; }

    public static ClockAlert Raise(
        ClockAlertKind kind,
        string ruleId,
        string clock,
        ClockSubject subjectKind,
        Guid subjectId,
        string? agentCode,
        string subject,
        DateTimeOffset dueAt,
        DateTimeOffset raisedAt,
        bool isDrill)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alert kind.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clock);
        if (subjectId == Guid.Empty)
        {
            throw new ArgumentException("An alert needs the id of what it is about.", nameof(subjectId));
        }

        if (kind == ClockAlertKind.Warning && raisedAt > dueAt)
        {
            throw new ArgumentException("A warning after the deadline is a breach.", nameof(raisedAt));
        }

        return new ClockAlert
        {
            Id = Guid.CreateVersion7(raisedAt),
            Kind = kind,
            RuleId = ruleId,
            Clock = clock,
            SubjectKind = subjectKind,
            SubjectId = subjectId,
            AgentCode = string.IsNullOrWhiteSpace(agentCode) ? null : agentCode,
            Subject = subject ?? "",
            DueAt = dueAt,
            RaisedAt = raisedAt,
            IsDrill = isDrill,
        };
    }

    /// <summary>The identity that makes raising idempotent.</summary>
    public (Guid SubjectId, string Clock, ClockAlertKind Kind, DateTimeOffset DueAt) Key => (SubjectId, Clock, Kind, DueAt);
}
