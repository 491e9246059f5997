using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Tests.Domain.Deadlines;

public sealed class DeadlineTimerTests
{
    private static readonly TimeSpan Chat = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Phone = TimeSpan.FromSeconds(15);
    private readonly DeadlineTimer _timer = new();

    [Theory]
    [Trait("Rule", "SVC-01")]
    [InlineData(0.0, TimerState.Ok)]
    [InlineData(6.9, TimerState.Ok)]
    [InlineData(7.0, TimerState.Amber)]
    [InlineData(10.0, TimerState.Amber)]
    [InlineData(10.001, TimerState.Breached)]
    [InlineData(11.0, TimerState.Breached)]
    public void A_chat_turns_amber_at_seven_seconds_and_red_only_after_ten(double seconds, TimerState expected) =>
        Assert.Equal(expected, _timer.StateAfter(TimeSpan.FromSeconds(seconds), Chat));

    [Theory]
    [Trait("Rule", "SVC-02")]
    [InlineData(10.4, TimerState.Ok)]
    [InlineData(10.5, TimerState.Amber)]
    [InlineData(15.0, TimerState.Amber)]
    [InlineData(16.0, TimerState.Breached)]
    public void A_call_turns_amber_at_seventy_percent_of_three_rings_and_red_after_fifteen_seconds(double seconds, TimerState expected) =>
        Assert.Equal(expected, _timer.StateAfter(TimeSpan.FromSeconds(seconds), Phone));

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void The_state_at_a_moment_is_judged_from_the_deadline_and_the_target()
    {
        var arrived = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
        var due = arrived + Chat;

        Assert.Equal(TimerState.Ok, _timer.StateAt(due, Chat, arrived.AddSeconds(6.9)));
        Assert.Equal(TimerState.Amber, _timer.StateAt(due, Chat, arrived.AddSeconds(7)));
        Assert.Equal(TimerState.Breached, _timer.StateAt(due, Chat, arrived.AddSeconds(11)));
    }

    [Fact]
    public void The_amber_ratio_is_configurable()
    {
        var early = new DeadlineTimer(0.5);

        Assert.Equal(TimerState.Amber, early.StateAfter(TimeSpan.FromSeconds(5), Chat));
        Assert.Equal(TimerState.Ok, early.StateAfter(TimeSpan.FromSeconds(4.9), Chat));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.1)]
    public void An_amber_ratio_outside_zero_and_one_is_refused(double ratio) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineTimer(ratio));
}
