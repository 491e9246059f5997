using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Tests.Components.Board;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>
/// Complaints at each point of their life, walked there by the real aggregate (so the history, rounds and
/// breaches are what the service would return), received 20 minutes before the board's now.
/// </summary>
internal static class ComplaintStories
{
    public static readonly Guid Id = Guid.Parse("0193a5b0-0000-7000-8000-000000000001");
    public static readonly DateTimeOffset Received = BoardTestContext.Now.AddMinutes(-20);
    private static readonly ComplaintDeadlines Deadlines = new(new PolicyOptions());

    /// <summary>A general two-day delay (CMP-05 quotes a 10-yuan coupon), assigned to A001.</summary>
    public static Complaint Registered()
    {
        var complaint = Complaint.Register(
            new ComplaintRegistration(
                Id, "cmp-story-1", Channel.Phone, "李先生", "13900139000", "YD4312345678901", "HZ-XH-01",
                ComplaintCategory.Delay, 2, false, null, false, null, null, "尽快送达", null, Received),
            Severity.General, Deadlines, "api", Received);
        complaint.AssignTo("A001", "api", Received);
        return complaint;
    }

    public static Complaint Verified() => Registered().Then(c => c.Verify("网点分拣延误两天", FaultParty.Courier, "supervisor", Received.AddMinutes(10)));

    public static Complaint Proposed() => Verified().Then(c => c.Propose(CompensationKind.Coupon, 10m, "按标准补偿", "supervisor", Received.AddMinutes(12)));

    public static Complaint Declined() => Proposed().Then(c => c.Decline("金额太少", "supervisor", Received.AddMinutes(14)));

    public static Complaint Resolved() => Declined()
        .Then(c => c.Propose(CompensationKind.Cash, 30m, null, "supervisor", Received.AddMinutes(16)))
        .Then(c => c.Accept(Deadlines, "supervisor", Received.AddMinutes(18)));

    public static Complaint Reopened() => Resolved().Then(c => c.RecordCallback(false, 2, "仍不满意", Deadlines, "supervisor", Received.AddMinutes(19)));

    public static Complaint Closed() => Resolved().Then(c => c.RecordCallback(true, 5, "满意", Deadlines, "supervisor", Received.AddMinutes(19)));

    public static Complaint Then(this Complaint complaint, Action<Complaint> step)
    {
        step(complaint);
        return complaint;
    }

    public static ComplaintResource Resource(this Complaint complaint) => complaint.ToResource(Staff);

    /// <summary>The people these stories mention, as the screens name them.</summary>
    public static FakeStaffDirectory Staff { get; } = FakeStaffDirectory.Known();
}
