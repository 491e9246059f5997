using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Tests.Domain.Deadlines;

public sealed class ComplaintUrgencyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static OpenComplaintClocks General(string id, DateTimeOffset received, ComplaintStatus status = ComplaintStatus.Registered) =>
        new(Guid.Parse(id), Severity.General, status, received, received.AddHours(1), received.AddHours(24), null);

    private static OpenComplaintClocks Major(string id, DateTimeOffset received, ComplaintStatus status = ComplaintStatus.Registered) =>
        new(Guid.Parse(id), Severity.Major, status, received, received.AddHours(6), received.AddHours(48), null);

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void An_unverified_complaint_must_next_meet_its_verification_deadline()
    {
        Assert.Equal(T0.AddHours(1), ComplaintUrgency.NextDeadline(General("00000000-0000-0000-0000-000000000001", T0)));
        Assert.Equal(T0.AddHours(6), ComplaintUrgency.NextDeadline(Major("00000000-0000-0000-0000-000000000002", T0)));
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    public void A_verified_complaint_must_next_meet_its_resolution_deadline() =>
        Assert.Equal(T0.AddHours(24), ComplaintUrgency.NextDeadline(General("00000000-0000-0000-0000-000000000001", T0, ComplaintStatus.Verified)));

    [Fact]
    [Trait("Rule", "CMP-09")]
    public void A_resolved_complaint_must_next_meet_its_follow_up_callback()
    {
        var resolved = General("00000000-0000-0000-0000-000000000001", T0, ComplaintStatus.Resolved) with { CallbackDue = T0.AddHours(30) };

        Assert.Equal(T0.AddHours(30), ComplaintUrgency.NextDeadline(resolved));
    }

    [Fact]
    [Trait("Rule", "CMP-03")]
    public void Complaints_are_ranked_overdue_first_then_major_then_by_the_nearest_open_deadline()
    {
        var overdue = General("00000000-0000-0000-0000-00000000000a", T0.AddHours(-2));          // verify due T0-1h
        var generalSoon = General("00000000-0000-0000-0000-00000000000b", T0);                     // verify due T0+1h
        var majorLater = Major("00000000-0000-0000-0000-00000000000c", T0);                        // verify due T0+6h
        var majorTie = Major("00000000-0000-0000-0000-00000000000d", T0.AddHours(-5));             // verify due T0+1h, ties generalSoon
        var verified = General("00000000-0000-0000-0000-00000000000e", T0.AddHours(-20), ComplaintStatus.Verified); // resolve due T0+4h
        var closed = General("00000000-0000-0000-0000-00000000000f", T0.AddHours(-30), ComplaintStatus.Closed);

        var overdueMajor = Major("00000000-0000-0000-0000-000000000010", T0.AddHours(-7));             // verify due T0-1h

        var ranked = ComplaintUrgency.Order([majorLater, closed, generalSoon, verified, majorTie, overdue, overdueMajor], c => c, T0);

        // Issue 10: a major complaint no longer sorts below a general one that is merely due sooner.
        Assert.Equal([overdueMajor, overdue, majorTie, majorLater, generalSoon, verified], ranked);
    }
}
