using ServiceConsole.Domain;
using ServiceConsole.Domain.Attendance;

namespace ServiceConsole.Tests.Domain.Attendance;

/// <summary>GEN-01: taking a roster back never rewrites the days already past, whose attendance it decided.</summary>
public sealed class RosterWithdrawalTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Roster RosterFor(DateOnly from, DateOnly to) =>
        new(Guid.NewGuid(), "ONL-1", null, from, to, [], [new(new(10, 0), new(14, 0))], "", "hr", DateTimeOffset.UnixEpoch);

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_a_roster_that_begins_today_or_later_is_withdrawn_whole()
    {
        Assert.Equal(RosterWithdrawal.Deleted, RosterFor(Today, Today.AddDays(5)).Withdraw(Today));
        Assert.Equal(RosterWithdrawal.Deleted, RosterFor(Today.AddDays(1), Today.AddDays(1)).Withdraw(Today));
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_a_begun_roster_ends_yesterday_so_past_days_keep_their_shift()
    {
        var roster = RosterFor(Today.AddDays(-3), Today.AddDays(10));

        Assert.Equal(RosterWithdrawal.Ended, roster.Withdraw(Today));
        Assert.Equal(Today.AddDays(-1), roster.To);
        Assert.True(roster.Covers(Today.AddDays(-1)));
        Assert.False(roster.Covers(Today));
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_a_roster_that_ended_yesterday_cannot_be_taken_back()
    {
        var roster = RosterFor(Today.AddDays(-5), Today.AddDays(-1));

        var refusal = Assert.Throws<InvalidTransitionException>(() => roster.Withdraw(Today));
        Assert.Equal("past", refusal.CurrentStatus);
        Assert.Equal(Today.AddDays(-1), roster.To);
    }
}
