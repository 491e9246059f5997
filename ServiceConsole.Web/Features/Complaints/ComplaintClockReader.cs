using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// The complaint's clocks the way the aggregate runs them: verification until first verified (CMP-04),
/// resolution until first resolved (CMP-02/03), then the follow-up callback (CMP-09) or, once reopened,
/// the recallback (CMP-10) while one is due.
/// </summary>
public static class ComplaintClockReader
{
    public static IReadOnlyList<ComplaintClockView> For(ComplaintResource complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        WireNames.TryParseComplaintStatus(complaint.Status, out var status);
        var clocks = new List<ComplaintClockView>
        {
            new(BreachClocks.Verify, "CMP-04", complaint.VerifyBy, complaint.VerifyBy - complaint.ReceivedAt,
                status is ComplaintStatus.Registered or ComplaintStatus.Verifying,
                FirstAt(complaint, "verified"), Breached(complaint, BreachClocks.Verify, complaint.VerifyBy)),
            new(BreachClocks.Resolve, complaint.Severity == WireNames.ToWire(Severity.Major) ? "CMP-03" : "CMP-02",
                complaint.ResolveBy, complaint.ResolveBy - complaint.ReceivedAt,
                status is ComplaintStatus.Registered or ComplaintStatus.Verifying or ComplaintStatus.Verified,
                FirstAt(complaint, "accepted"), Breached(complaint, BreachClocks.Resolve, complaint.ResolveBy)),
        };

        if (complaint.CallbackDue is { } due && status is ComplaintStatus.Resolved or ComplaintStatus.Reopened)
        {
            var recallback = status == ComplaintStatus.Reopened;
            var clock = recallback ? BreachClocks.Recallback : BreachClocks.Callback;
            var startedAt = complaint.History.LastOrDefault(h => h.Action == (recallback ? "reopened" : "accepted"))?.At ?? due;
            clocks.Add(new(clock, recallback ? "CMP-10" : "CMP-09", due, due - startedAt, true, null, Breached(complaint, clock, due)));
        }

        return clocks;
    }

    private static DateTimeOffset? FirstAt(ComplaintResource complaint, string action) =>
        complaint.History.FirstOrDefault(h => h.Action == action)?.At;

    private static bool Breached(ComplaintResource complaint, string clock, DateTimeOffset dueAt) =>
        complaint.Breaches.Any(b => b.Clock == clock && b.DueAt == dueAt);
}
