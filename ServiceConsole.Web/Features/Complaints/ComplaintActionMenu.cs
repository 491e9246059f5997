using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Which lifecycle steps the page offers, read from the complaint's status the way the aggregate guards
/// them, so a button never leads to a refusal unless someone else acted first (then the service says 409).
/// </summary>
public static class ComplaintActionMenu
{
    public static OfferedActions For(ComplaintResource? complaint)
    {
        if (complaint is null || !WireNames.TryParseComplaintStatus(complaint.Status, out var status))
        {
            return OfferedActions.None;
        }

        var negotiating = status is ComplaintStatus.Verified or ComplaintStatus.Reopened;
        var openRound = complaint.Rounds.Any(r => r.Outcome == WireNames.ToWire(RoundOutcome.Open));
        var callback = status is ComplaintStatus.Resolved or ComplaintStatus.Reopened && complaint.CallbackDue is not null;
        return new OfferedActions(
            Verify: status is ComplaintStatus.Registered or ComplaintStatus.Verifying or ComplaintStatus.Reopened,
            Propose: negotiating && !openRound,
            Answer: negotiating && openRound,
            Callback: callback,
            CallbackClock: callback ? (status == ComplaintStatus.Reopened ? BreachClocks.Recallback : BreachClocks.Callback) : null);
    }
}
