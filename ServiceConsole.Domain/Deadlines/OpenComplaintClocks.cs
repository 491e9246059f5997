using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Deadlines;

/// <summary>The clocks of an open complaint as the board ranks them (CMP-02…04, CMP-09/10).</summary>
public sealed record OpenComplaintClocks(
    Guid Id,
    Severity Severity,
    ComplaintStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset VerifyBy,
    DateTimeOffset ResolveBy,
    DateTimeOffset? CallbackDue);
