using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Attendance;

namespace ServiceConsole.Tests.Domain.Attendance;

/// <summary>GEN-03 leave requests and punch corrections guard their transitions.</summary>
public sealed class LeaveAndPunchTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_only_approved_leave_covers_its_days_and_a_decision_is_taken_once()
    {
        var leave = new LeaveRequest(Guid.NewGuid(), "A001", LeaveKind.Sick, new(2026, 11, 3), new(2026, 11, 4), "flu", "A001", _clock.GetUtcNow());
        Assert.False(leave.Covers(new(2026, 11, 3)));

        leave.Approve("hr", null, _clock.GetUtcNow());

        Assert.True(leave.Covers(new(2026, 11, 4)));
        Assert.False(leave.Covers(new(2026, 11, 5)));
        var refused = Assert.Throws<InvalidTransitionException>(() => leave.Reject("hr", "late", _clock.GetUtcNow()));
        Assert.Equal("approved", refused.CurrentStatus);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public void GEN_03_a_punch_is_voided_once_with_a_reason()
    {
        var punch = Punch.FromClock(Guid.NewGuid(), "clk-1", "A001", _clock.GetUtcNow(), PunchKind.In, "api-key", _clock.GetUtcNow());

        punch.Void("wrong card", "supervisor", _clock.GetUtcNow());

        Assert.True(punch.IsVoided);
        Assert.Throws<InvalidTransitionException>(() => punch.Void("again", "supervisor", _clock.GetUtcNow()));
        Assert.Throws<ArgumentException>(() => Punch.Correction(Guid.NewGuid(), "A001", _clock.GetUtcNow(), PunchKind.Out, " ", "supervisor", _clock.GetUtcNow()));
    }
}
