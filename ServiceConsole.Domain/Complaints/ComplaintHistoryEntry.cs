namespace ServiceConsole.Domain.Complaints;

/// <summary>
/// One step in a complaint's life, kept for audit and shown on its page. <see cref="Action"/>
/// is past tense: <c>registered</c>, <c>verification-started</c>, <c>assigned</c>,
/// <c>verified</c>, <c>proposed</c>, <c>declined</c>, <c>accepted</c>, <c>closed</c>, <c>reopened</c>.
/// </summary>
public sealed class ComplaintHistoryEntry
{
    // For EF Core materialisation only.
    private ComplaintHistoryEntry()
    {
    }

    internal ComplaintHistoryEntry(
        DateTimeOffset at, string actor, string action, ComplaintStatus? fromStatus, ComplaintStatus toStatus, string? note)
    {
        Id = Guid.NewGuid();
        At = at;
        Actor = actor;
        Action = action;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Note = note;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";

    /// <summary>Null only for the first, <c>registered</c>, entry.</summary>
    public ComplaintStatus? FromStatus { get; private set; }

    public ComplaintStatus ToStatus { get; private set; }
    public string? Note { get; private set; }
}
