namespace ServiceConsole.Domain.Complaints;

/// <summary>One piece of the verification's evidence (CMP-04), with what it showed and who gathered it when.</summary>
public sealed class ComplaintEvidence
{
    // For EF Core materialisation only.
    private ComplaintEvidence()
    {
    }

    internal ComplaintEvidence(EvidenceKind kind, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    internal void Revise(string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }
}
