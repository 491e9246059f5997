using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Deadlines;

/// <summary>
/// Ranks open complaints for the supervisor and the specialist: first every complaint whose next
/// deadline has passed (the major ones among them first), then the major ones (CMP-03: a specialist's, the
/// centre's reputation) by their next deadline, then the general ones by theirs; a tie goes to the
/// one received first.
/// </summary>
public static class ComplaintUrgency
{
    /// <summary>
    /// The deadline the complaint must meet next: verification (CMP-04) until it is verified, then the
    /// resolution (CMP-02/03), then the follow-up callback (CMP-09) or the recallback after reopening (CMP-10).
    /// Null for a closed complaint.
    /// </summary>
    public static DateTimeOffset? NextDeadline(OpenComplaintClocks complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.Status switch
        {
            ComplaintStatus.Registered or ComplaintStatus.Verifying => Min(complaint.VerifyBy, complaint.ResolveBy),
            ComplaintStatus.Verified => complaint.ResolveBy,
            ComplaintStatus.Resolved => complaint.CallbackDue ?? complaint.ResolveBy,
            ComplaintStatus.Reopened => complaint.CallbackDue is { } due ? Min(due, complaint.ResolveBy) : complaint.ResolveBy,
            _ => null,
        };
    }

    public static IReadOnlyList<T> Order<T>(IEnumerable<T> complaints, Func<T, OpenComplaintClocks> clocks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(clocks);
        return
        [
            .. complaints
                .Select(c => (Item: c, Clocks: clocks(c)))
                .Where(c => c.Clocks.Status != ComplaintStatus.Closed)
                .Select(c => (c.Item, c.Clocks, Due: NextDeadline(c.Clocks)))
                .OrderByDescending(c => c.Due <= now)
                .ThenByDescending(c => c.Clocks.Severity == Severity.Major)
                .ThenBy(c => c.Due)
                .ThenBy(c => c.Clocks.ReceivedAt)
                .ThenBy(c => c.Clocks.Id)
                .Select(c => c.Item),
        ];
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
