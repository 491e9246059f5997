using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Callbacks;

/// <summary>
/// A call an agent owes a customer by a deadline: the 1-hour promise (SVC-05), the complaint
/// follow-up (CMP-09), the recallback after reopening (CMP-10) or an emergency recovery call
/// (EMG-01/02). A task done or noticed after its due time is a breach.
/// </summary>
public sealed class CallbackTask
{
    // For EF Core materialisation only.
    private CallbackTask()
    {
    }

    public Guid Id { get; private set; }
    public CallbackKind Kind { get; private set; }
    public Guid? ComplaintId { get; private set; }
    public Guid? ContactId { get; private set; }
    public string? AgentCode { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public bool Breached { get; private set; }

    /// <summary>When the breach was noticed: by the scheduler at the due time, or by a late completion.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    /// <summary>The rule whose deadline this is: SVC-05, CMP-09, CMP-10, EMG-01 or EMG-02.</summary>
    public string RuleId { get; private set; } = "";
    public string? Note { get; private set; }
    public bool IsDrill { get; private set; }

    public bool IsDone => DoneAt is not null;

    public static CallbackTask Create(
        Guid id,
        CallbackKind kind,
        Guid? complaintId,
        Guid? contactId,
        string? agentCode,
        DateTimeOffset createdAt,
        DateTimeOffset dueAt,
        string? note = null,
        bool isDrill = false,
        string? ruleId = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A callback task needs an id.", nameof(id));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown callback kind.");
        }

        ruleId ??= kind switch
        {
            CallbackKind.Promise => "SVC-05",
            CallbackKind.Complaint => "CMP-09",
            CallbackKind.Recallback => "CMP-10",
            _ => throw new ArgumentException("A recovery callback names its rule (EMG-01 or EMG-02).", nameof(ruleId)),
        };

        if ((kind is CallbackKind.Complaint or CallbackKind.Recallback) && complaintId is null)
        {
            throw new ArgumentException("A complaint callback needs the complaint's id.", nameof(complaintId));
        }

        return new CallbackTask
        {
            Id = id,
            RuleId = ruleId,
            Kind = kind,
            ComplaintId = complaintId,
            ContactId = contactId,
            AgentCode = string.IsNullOrWhiteSpace(agentCode) ? null : agentCode,
            CreatedAt = createdAt,
            DueAt = dueAt,
            Note = note,
            IsDrill = isDrill,
        };
    }

    /// <summary>SVC-05: the agent promised to call back about a contact; due per <see cref="CallbackPromisePolicy"/>.</summary>
    public static CallbackTask Promise(
        Guid id, Guid contactId, string agentCode, DateTimeOffset promisedAt, CallbackPromisePolicy policy, bool isDrill = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentNullException.ThrowIfNull(policy);
        return Create(id, CallbackKind.Promise, null, contactId, agentCode, promisedAt, policy.DueAt(promisedAt), isDrill: isDrill);
    }

    /// <summary>True when the task is still open after its due time (a deadline is met up to its due instant).</summary>
    public bool IsOverdue(DateTimeOffset now) => DoneAt is null && now > DueAt;

    /// <summary>Marks the call made. A call made after the due time is also recorded as a breach.</summary>
    public void Complete(DateTimeOffset at, string? note)
    {
        if (DoneAt is not null)
        {
            throw new InvalidTransitionException("complete", "done", "The callback has already been made.");
        }

        DoneAt = at;
        Note = note ?? Note;
        if (at > DueAt)
        {
            MarkBreached(at);
        }
    }

    /// <summary>The call is owed by someone else now (the complaint it follows changed hands); a call made stays with who made it.</summary>
    public void HandOver(string agentCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        if (DoneAt is not null)
        {
            throw new InvalidTransitionException("hand-over", "done", "A callback already made cannot change hands.");
        }

        AgentCode = agentCode;
    }

    /// <summary>
    /// Records that the deadline passed, if it has by <paramref name="at"/> and the call is still owed.
    /// Idempotent so the scheduler may fire twice, or fire late after a restart.
    /// </summary>
    /// <returns>False when there is nothing new to record.</returns>
    public bool MarkBreached(DateTimeOffset at)
    {
        if (Breached || at <= DueAt || (DoneAt is { } done && done <= DueAt))
        {
            return false;
        }

        Breached = true;
        BreachedAt = at;
        return true;
    }

    /// <summary>The clock's wire name: <c>promise</c>, <c>callback</c>, <c>recallback</c> or <c>recovery</c>.</summary>
    public string Clock => Kind switch
    {
        CallbackKind.Promise => "promise",
        CallbackKind.Complaint => "callback",
        CallbackKind.Recallback => "recallback",
        _ => "recovery",
    };
}
