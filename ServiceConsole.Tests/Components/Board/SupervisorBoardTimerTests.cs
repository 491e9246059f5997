using Bunit;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>The first-response clocks on the board, coloured at the SVC-01/02 thresholds from the server's clock.</summary>
public sealed class SupervisorBoardTimerTests : BoardTestContext
{
    private string TimerClassOf(double waitedSeconds, Channel channel)
    {
        var contact = BoardSnapshots.Waiting("c-1", channel, TimeSpan.FromSeconds(waitedSeconds), "A001");
        Source.Snapshot = BoardSnapshots.With(
            agents: [BoardSnapshots.Agent("A001", channel == Channel.Online ? "ONL-1" : "PHN-1", channel, AgentStatus.Available, contact)],
            waiting: [contact]);
        var cut = Render<SupervisorBoard>();
        var agentTimer = cut.Find("[data-testid=agent-row][data-agent=A001] [data-deadline]").ClassName!;
        var waitingTimer = cut.Find("[data-testid=waiting-contact][data-external-id=c-1] [data-deadline]").ClassName!;
        Assert.Equal(agentTimer, waitingTimer);
        return agentTimer;
    }

    [Theory]
    [Trait("Rule", "SVC-01")]
    [InlineData(6.9, "sc-cd--ok")]
    [InlineData(7.0, "sc-cd--amber")]
    [InlineData(10.0, "sc-cd--amber")]
    [InlineData(11.0, "sc-cd--breached")]
    public void A_chat_timer_is_calm_until_seven_seconds_amber_up_to_ten_and_red_after(double waited, string expected) =>
        Assert.Contains(expected, TimerClassOf(waited, Channel.Online));

    [Theory]
    [Trait("Rule", "SVC-02")]
    [InlineData(10.4, "sc-cd--ok")]
    [InlineData(10.5, "sc-cd--amber")]
    [InlineData(15.0, "sc-cd--amber")]
    [InlineData(16.0, "sc-cd--breached")]
    public void A_phone_timer_is_calm_until_seventy_percent_of_three_rings_amber_up_to_fifteen_seconds_and_red_after(double waited, string expected) =>
        Assert.Contains(expected, TimerClassOf(waited, Channel.Phone));

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void A_countdown_carries_its_deadline_and_target_so_the_browser_ticks_it()
    {
        var contact = BoardSnapshots.Waiting("c-2", Channel.Online, TimeSpan.FromSeconds(3));
        Source.Snapshot = BoardSnapshots.With(waiting: [contact]);

        var cut = Render<SupervisorBoard>();
        var timer = cut.Find("[data-testid=waiting-contact] [data-deadline]");

        Assert.Equal("2026-11-22T08:00:07.000Z", timer.GetAttribute("data-deadline"));
        Assert.Equal("10", timer.GetAttribute("data-target-seconds"));
        Assert.Equal("7s", timer.TextContent);
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void A_timer_is_recoloured_from_the_clock_whenever_the_board_renders_again()
    {
        var contact = BoardSnapshots.Waiting("c-3", Channel.Online, TimeSpan.FromSeconds(2), "A001");
        Source.Snapshot = BoardSnapshots.With(agents: [BoardSnapshots.Agent("A001", "ONL-1", Channel.Online, oldest: contact)], waiting: [contact]);
        var cut = Render<SupervisorBoard>();
        Assert.Contains("sc-cd--ok", cut.Find("[data-testid=agent-row][data-agent=A001] [data-deadline]").ClassName);

        Time.Advance(TimeSpan.FromSeconds(8.7)); // with the coalescing delay, 11 s after arrival; between renders the browser ticks; the server has no per-row timer
        PushChange();

        cut.WaitForAssertion(() =>
            Assert.Contains("sc-cd--breached", cut.Find("[data-testid=agent-row][data-agent=A001] [data-deadline]").ClassName));
        Assert.Equal("-1s", cut.Find("[data-testid=agent-row][data-agent=A001] [data-deadline]").TextContent);
    }
}
