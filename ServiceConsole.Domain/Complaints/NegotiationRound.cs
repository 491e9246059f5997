namespace ServiceConsole.Domain.Complaints;

/// <summary>
/// CMP-08: one proposal to the customer and their answer. Rounds are never edited or removed, so
/// the whole negotiation can be read back.
/// </summary>
public sealed class NegotiationRound
{
    // For EF Core materialisation only.
    private NegotiationRound()
    {
    }

    internal NegotiationRound(int number, CompensationKind kind, decimal amount, string? note, string proposedBy, DateTimeOffset proposedAt)
    {
        Id = Guid.NewGuid();
        Number = number;
        Kind = kind;
        Amount = amount;
        Note = note;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
        Outcome = RoundOutcome.Open;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first proposal, counting up.</summary>
    public int Number { get; private set; }

    public CompensationKind Kind { get; private set; }

    /// <summary>Yuan.</summary>
    public decimal Amount { get; private set; }

    public string? Note { get; private set; }
    public string ProposedBy { get; private set; } = "";
    public DateTimeOffset ProposedAt { get; private set; }
    public RoundOutcome Outcome { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnswerNote { get; private set; }

    /// <summary>Who recorded the customer's answer.</summary>
    public string? AnsweredBy { get; private set; }

    internal void Close(RoundOutcome outcome, string? note, string actor, DateTimeOffset at)
    {
        Outcome = outcome;
        AnswerNote = note;
        AnsweredBy = actor;
        AnsweredAt = at;
    }
}
