using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-04: what the resolve-all clock needs of one linked complaint: its status and when it was
/// (last) resolved. A projection, so the service can read it without loading whole complaints.
/// </summary>
public sealed record LinkedComplaintState(Guid ComplaintId, ComplaintStatus Status, DateTimeOffset? ResolvedAt)
{
    /// <summary>Resolved or closed; a reopened complaint counts as unresolved again (CMP-10).</summary>
    public bool IsResolved => Status is ComplaintStatus.Resolved or ComplaintStatus.Closed;

    public static LinkedComplaintState Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new LinkedComplaintState(complaint.Id, complaint.Status, complaint.ResolvedAt);
    }
}
