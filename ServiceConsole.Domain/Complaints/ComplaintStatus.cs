namespace ServiceConsole.Domain.Complaints;

/// <summary>Where a complaint stands in its lifecycle (CMP-04, CMP-08…10).</summary>
public enum ComplaintStatus
{
    Registered,
    Verifying,
    Verified,
    Resolved,
    Closed,
    Reopened
}
