namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: "every complainant is told by phone or SMS": one task per linked complaint, owned by
/// <see cref="MassIncident"/>, done when the complainant was told and how.
/// </summary>
public sealed class MassNotificationTask
{
    // For EF Core materialisation only.
    private MassNotificationTask()
    {
    }

    internal MassNotificationTask(Guid complaintId, string? assignedTo, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        ComplaintId = complaintId;
        AssignedTo = assignedTo;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }

    /// <summary>The team's dedicated agent when the team was named, else null (anyone in the team may do it).</summary>
    public string? AssignedTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    public NotificationChannel? Channel { get; private set; }
    public bool IsDone => DoneAt is not null;

    internal void Complete(NotificationChannel channel, string by, DateTimeOffset at)
    {
        DoneAt = at;
        DoneBy = by;
        Channel = channel;
    }

    internal void AssignIfUnassigned(string agentCode) => AssignedTo ??= agentCode;
}
