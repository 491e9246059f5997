using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class LateEntryPolicyTests
{
    private static readonly DateTimeOffset Ended = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [Trait("Rule", "INF-03")]
    [InlineData(0, false)]
    [InlineData(29 * 60, false)]
    [InlineData(30 * 60, false)]   // exactly the window is still on time
    [InlineData(30 * 60 + 1, true)]
    [InlineData(31 * 60, true)]
    public void A_record_entered_more_than_the_window_after_the_service_ended_is_late(int seconds, bool late) =>
        Assert.Equal(late, new LateEntryPolicy(new PolicyOptions()).IsLate(Ended, Ended.AddSeconds(seconds)));

    [Fact]
    [Trait("Rule", "INF-03")]
    public void The_window_comes_from_the_configured_minutes()
    {
        var options = new PolicyOptions();
        options.Information.EntryWindowMinutes = 10;

        Assert.True(new LateEntryPolicy(options).IsLate(Ended, Ended.AddMinutes(11)));
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public void An_id_copy_expires_at_its_stored_time_plus_the_configured_days()
    {
        var expires = IdNumberCopy.ExpiresAt(Ended, new PolicyOptions().Information.IdCopyValidDays);

        Assert.Equal(Ended.AddDays(7), expires);
        Assert.False(IdNumberCopy.IsExpired(expires, expires.AddTicks(-1)));
        Assert.True(IdNumberCopy.IsExpired(expires, expires));
        Assert.False(IdNumberCopy.IsExpired(null, expires));
    }
}
