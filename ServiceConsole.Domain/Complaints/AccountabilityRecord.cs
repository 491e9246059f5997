using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Complaints;

/// <summary>
/// Who answers for a complaint once verification has named the party at fault: a courier loses
/// points and pays a fine by severity (CMP-11), an agent loses points (CMP-12). One record per
/// complaint; a re-verification after reopening revises it rather than adding a second penalty.
/// </summary>
public sealed class AccountabilityRecord
{
    // For EF Core materialisation only.
    private AccountabilityRecord()
    {
    }

    public Guid ComplaintId { get; private set; }
    public FaultParty Party { get; private set; }

    /// <summary>The agent code or the courier (name or id) held responsible; null while not named.</summary>
    public string? Accountable { get; private set; }

    public string OutletCode { get; private set; } = "";
    public Severity Severity { get; private set; }

    /// <summary>Performance points deducted (a positive number).</summary>
    public int Points { get; private set; }

    public decimal FineYuan { get; private set; }
    public string RuleId { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>False once a re-verification found nobody at fault: the penalty is withdrawn, the record kept.</summary>
    public bool InForce { get; private set; }

    public bool IsDrill { get; private set; }

    /// <summary>
    /// The record a verification calls for, or null when the party at fault carries no penalty
    /// (customer, nobody).
    /// </summary>
    internal static AccountabilityRecord? For(
        Complaint complaint, PenaltyPolicy penalties, string? accountable, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(penalties);
        var record = new AccountabilityRecord { ComplaintId = complaint.Id };
        return record.Revise(complaint, penalties, accountable, actor, at) ? record : null;
    }

    /// <summary>
    /// Applies the complaint's current finding. Returns false when it names nobody to penalise; the
    /// record then stays on file withdrawn (<see cref="InForce"/> false).
    /// </summary>
    internal bool Revise(Complaint complaint, PenaltyPolicy penalties, string? accountable, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(penalties);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (complaint.Id != ComplaintId)
        {
            throw new ArgumentException("The record belongs to another complaint.", nameof(complaint));
        }

        if (complaint.FaultParty is not { } party)
        {
            throw new InvalidOperationException("The complaint has not been verified: nobody is at fault yet.");
        }

        var decision = penalties.ForFault(party, complaint.Severity);
        // A new finding against the same party keeps the named person unless another is given.
        Accountable = !string.IsNullOrWhiteSpace(accountable) ? accountable.Trim() : party == Party ? Accountable : null;
        Party = party;
        OutletCode = complaint.OutletCode;
        Severity = complaint.Severity;
        Points = decision.Points;
        FineYuan = decision.FineYuan;
        RuleId = decision.RuleId ?? RuleId;
        RecordedBy = actor;
        RecordedAt = at;
        IsDrill = complaint.IsDrill;
        InForce = decision.RuleId is not null;
        return InForce;
    }
}
