namespace ServiceConsole.Domain.Personnel;

/// <summary>
/// GEN-07: one reward or penalty of an agent: its kind, one of the causes the policy lists for that kind, a note, the
/// date of the facts, who proposed it and who decided it. It is proposed (a supervisor or HR), then approved or rejected
/// once by HR; nobody approves their own proposal (the four-eyes rule). Only an approved penalty counts against the
/// month's rule compliance (TRN-04); a reward is listed in the file but adds nothing to the score.
/// </summary>
public sealed class DisciplineRecord
{
    public const int MaxNoteLength = 500;

    // For EF Core materialisation only.
    private DisciplineRecord()
    {
    }

    /// <summary>Proposes a record; a cause not listed for the kind is refused (<see cref="ArgumentException"/>).</summary>
    public DisciplineRecord(
        Guid id, string agentCode, DisciplineKind kind, string cause, string? note, DateOnly date, string proposedBy, DateTimeOffset at, DisciplineCatalogue catalogue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(proposedBy);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a reward or penalty of GEN-07.");
        }

        if (!catalogue.IsListed(kind, cause))
        {
            throw new ArgumentException($"GEN-07: the cause is not one listed for a {DisciplineKinds.ToWire(kind)}.", nameof(cause));
        }

        if (note?.Length > MaxNoteLength)
        {
            throw new ArgumentException($"The note is at most {MaxNoteLength} characters.", nameof(note));
        }

        (Id, AgentCode, Kind, Cause, Note, Date, ProposedBy, ProposedAt, Status) =
            (id, agentCode, kind, cause, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), date, proposedBy, at, DisciplineStatus.Proposed);
    }

    public Guid Id { get; private set; }

    public string AgentCode { get; private set; } = "";

    public DisciplineKind Kind { get; private set; }

    /// <summary>The cause as the policy lists it (the text at the time of the proposal).</summary>
    public string Cause { get; private set; } = "";

    public string? Note { get; private set; }

    /// <summary>The date of the facts, in the centre's calendar; it decides the month whose rule compliance a penalty lowers.</summary>
    public DateOnly Date { get; private set; }

    public string ProposedBy { get; private set; } = "";

    public DateTimeOffset ProposedAt { get; private set; }

    public DisciplineStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public bool IsPenalty => Kind.IsPenalty();

    /// <summary>HR approves; refused once decided, and for the one who proposed it.</summary>
    public void Approve(string by, string? note, DateTimeOffset at) => Decide(DisciplineStatus.Approved, "approve", by, note, at);

    /// <summary>HR rejects; refused once decided (the proposer may withdraw their own this way).</summary>
    public void Reject(string by, string? note, DateTimeOffset at) => Decide(DisciplineStatus.Rejected, "reject", by, note, at);

    private void Decide(DisciplineStatus to, string action, string by, string? note, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (note?.Length > MaxNoteLength)
        {
            throw new ArgumentException($"The note is at most {MaxNoteLength} characters.", nameof(note));
        }

        if (Status != DisciplineStatus.Proposed)
        {
            throw new InvalidTransitionException(action, WireStatus, $"This {DisciplineKinds.ToWire(Kind)} was already {WireStatus}.");
        }

        if (to == DisciplineStatus.Approved && string.Equals(by, ProposedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidTransitionException(action, WireStatus, "GEN-07: whoever proposed a reward or penalty cannot approve it; another HR officer decides.");
        }

        (Status, DecidedBy, DecidedAt, DecisionNote) = (to, by, at, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>The status as its wire name.</summary>
    public string WireStatus => Status switch
    {
        DisciplineStatus.Proposed => "proposed",
        DisciplineStatus.Approved => "approved",
        _ => "rejected",
    };
}
