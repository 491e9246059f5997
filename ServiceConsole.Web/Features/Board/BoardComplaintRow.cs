using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>An open complaint on the board with its clocks (CMP-02…04, CMP-09/10), the next deadline it must meet and its owner by name.</summary>
public sealed record BoardComplaintRow(
    Guid Id,
    string ExternalId,
    Channel Channel,
    Severity Severity,
    ComplaintStatus Status,
    ComplaintCategory Category,
    string? Assignee,
    string WaybillNo,
    DateTimeOffset ReceivedAt,
    DateTimeOffset VerifyBy,
    DateTimeOffset ResolveBy,
    DateTimeOffset? CallbackDue,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? NextDeadline,
    bool Drill,
    string? AssigneeName = null)
{
    /// <summary>True while the CMP-04 verification clock still runs.</summary>
    public bool AwaitsVerification => Status is ComplaintStatus.Registered or ComplaintStatus.Verifying;

    /// <summary>True once the next deadline has passed: the board lists these first.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => NextDeadline <= now;
}
