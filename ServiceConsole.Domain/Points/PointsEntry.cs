using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Points;

/// <summary>
/// One line of the points ledger. <paramref name="Points"/> is signed: a deduction is negative. The ledger is not a
/// copy of its sources: complaint accountability (CMP-11 couriers, CMP-12 agents) is read from the complaint, so a
/// re-verification that withdraws it (<see cref="AccountabilityRecord.InForce"/> false) takes the line out; norm
/// violations (SVC-10) are their own records. Drills never reach the ledger.
/// </summary>
public sealed record PointsEntry(
    string Id,
    PointsSubject Subject,
    string Code,
    int Points,
    string RuleId,
    PointsSource Source,
    Guid? ComplaintId,
    string? Reason,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    /// <summary>
    /// The line a complaint's accountability puts in the ledger, or null when it puts none: withdrawn, from a drill,
    /// naming nobody, or against a party that carries no points.
    /// </summary>
    /// <param name="findings">The verification's findings, the reason shown with the line.</param>
    public static PointsEntry? FromAccountability(AccountabilityRecord record, string? findings)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.InForce || record.IsDrill || string.IsNullOrWhiteSpace(record.Accountable) || record.Points == 0)
        {
            return null;
        }

        PointsSubject subject;
        switch (record.Party)
        {
            case FaultParty.Agent:
                subject = PointsSubject.Agent;
                break;
            case FaultParty.Courier:
                subject = PointsSubject.Courier;
                break;
            default:
                return null;
        }

        return new PointsEntry(
            $"complaint-{record.ComplaintId:N}", subject, record.Accountable, -record.Points, record.RuleId, PointsSource.Complaint,
            record.ComplaintId, findings, record.RecordedBy, record.RecordedAt);
    }

    /// <summary>The line of a norm violation (SVC-10).</summary>
    public static PointsEntry FromViolation(NormViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new PointsEntry(
            $"violation-{violation.Id:N}", PointsSubject.Agent, violation.AgentCode, -violation.Points, violation.RuleId, violation.Source,
            violation.ComplaintId, violation.Reason, violation.RecordedBy, violation.RecordedAt);
    }
}
