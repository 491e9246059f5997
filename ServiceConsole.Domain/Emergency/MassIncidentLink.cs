namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-03/04: one complaint linked to a mass complaint, owned by <see cref="MassIncident"/>.
/// <see cref="SolutionAppliedAt"/> records that the incident's one solution was proposed on it.
/// </summary>
public sealed class MassIncidentLink
{
    // For EF Core materialisation only.
    private MassIncidentLink()
    {
    }

    internal MassIncidentLink(Guid complaintId, DateTimeOffset linkedAt)
    {
        Id = Guid.NewGuid();
        ComplaintId = complaintId;
        LinkedAt = linkedAt;
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public DateTimeOffset LinkedAt { get; private set; }
    public DateTimeOffset? SolutionAppliedAt { get; private set; }
    public string? SolutionAppliedBy { get; private set; }

    internal void MarkSolutionApplied(string by, DateTimeOffset at)
    {
        SolutionAppliedAt = at;
        SolutionAppliedBy = by;
    }
}
