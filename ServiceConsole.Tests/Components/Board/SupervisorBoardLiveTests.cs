using Bunit;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>Live updates on the board: coalesced, filters kept, subscriptions released.</summary>
public sealed class SupervisorBoardLiveTests : BoardTestContext
{
    private static BoardSnapshot Centre(params string[] waitingIds) => BoardSnapshots.With(
        agents:
        [
            BoardSnapshots.Agent("A001", "ONL-1", Channel.Online),
            BoardSnapshots.Agent("A009", "ONL-2", Channel.Online),
            BoardSnapshots.Agent("A017", "PHN-1", Channel.Phone),
        ],
        waiting: [.. waitingIds.Select(id => BoardSnapshots.Waiting(id, id.StartsWith('p') ? Channel.Phone : Channel.Online, TimeSpan.FromSeconds(1)))],
        complaints:
        [
            BoardSnapshots.Complaint("g1", Severity.General, BoardTestContext.Now.AddMinutes(-10)) with { Channel = Channel.Online },
            BoardSnapshots.Complaint("m1", Severity.Major, BoardTestContext.Now.AddMinutes(-10)) with { Channel = Channel.Online },
            BoardSnapshots.Complaint("m2", Severity.Major, BoardTestContext.Now.AddMinutes(-10)),
        ]);

    [Fact]
    public void A_burst_of_two_hundred_changes_rebuilds_and_renders_the_board_a_few_times_not_two_hundred()
    {
        Source.Snapshot = Centre("o-1");
        var cut = Render<SupervisorBoard>();

        // First render builds, the catch-up after subscribing rebuilds at once, the change after it ends the quiet interval.
        PushChange();
        cut.WaitForState(() => Board.Rebuilds == 3);
        var rebuilds = Board.Rebuilds;
        var renders = cut.Instance.RenderCount;

        Source.Snapshot = Centre("o-1", "o-2");
        PushChange(200);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=waiting-contact]").Count));
        Assert.InRange(Board.Rebuilds - rebuilds, 1, 3);

        // Renders are counted after they reach the DOM, on the renderer's own turn.
        cut.WaitForAssertion(() => Assert.InRange(cut.Instance.RenderCount - renders, 1, 3));
    }

    [Fact]
    public void Filters_by_team_channel_and_severity_survive_live_updates()
    {
        Source.Snapshot = Centre("o-1", "p-1");
        var cut = Render<SupervisorBoard>();

        cut.Find("[data-testid=filter-channel]").Change("online");
        cut.Find("[data-testid=filter-team]").Change("ONL-2");
        cut.Find("[data-testid=filter-severity]").Change("major");
        Assert.Equal(["A009"], cut.FindAll("[data-testid=agent-row]").Select(r => r.GetAttribute("data-agent")));

        Source.Snapshot = Centre("o-1", "o-2", "p-1", "p-2");
        PushChange();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=waiting-contact]").Count));
        Assert.Equal(new BoardFilter("ONL-2", "online", "major"), cut.Instance.Filter);
        Assert.Equal(["A009"], cut.FindAll("[data-testid=agent-row]").Select(r => r.GetAttribute("data-agent")));
        Assert.All(cut.FindAll("[data-testid=waiting-contact]"), r => Assert.StartsWith("o-", r.GetAttribute("data-external-id")));
        Assert.Equal(["m1"], cut.FindAll("[data-testid=complaint-row]").Select(r => r.GetAttribute("data-external-id")));
        Assert.Equal("ONL-2", cut.Find("[data-testid=filter-team]").GetAttribute("value"));
    }

    [Fact]
    public async Task Closing_the_board_releases_its_subscription_and_the_shared_state_lets_go_of_the_feed()
    {
        Source.Snapshot = Centre();
        var feedListenersBefore = Feed.SubscriberCount;
        var cut = Render<SupervisorBoard>();
        Assert.Equal(1, Board.ListenerCount);
        Assert.Equal(feedListenersBefore + 1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, Board.ListenerCount);
        Assert.Equal(feedListenersBefore, Feed.SubscriberCount);
    }

    [Fact]
    public void Two_boards_share_one_rebuild_per_burst()
    {
        Source.Snapshot = Centre("o-1");
        var first = Render<SupervisorBoard>();
        var second = Render<SupervisorBoard>();
        PushChange();
        first.WaitForState(() => Board.Rebuilds == 3); // first build, the catch-up, and the change after it
        var builds = Source.Builds;

        Source.Snapshot = Centre("o-1", "o-2");
        PushChange(50);

        first.WaitForAssertion(() => Assert.Equal(2, first.FindAll("[data-testid=waiting-contact]").Count));
        second.WaitForAssertion(() => Assert.Equal(2, second.FindAll("[data-testid=waiting-contact]").Count));
        Assert.Equal(builds + 1, Source.Builds);
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void A_quiet_board_is_still_rebuilt_now_and_then_so_counters_that_move_with_time_stay_true()
    {
        Source.Snapshot = Centre("o-1");
        var cut = Render<SupervisorBoard>();
        PushChange();
        cut.WaitForState(() => Board.Rebuilds == 3);

        Time.Advance(TimeSpan.FromSeconds(new BoardOptions().QuietRefreshSeconds));
        PushChange(0);

        cut.WaitForState(() => Board.Rebuilds == 4);
    }

    [Fact]
    public void A_change_renders_only_the_rows_of_agents_whose_numbers_moved()
    {
        Source.Snapshot = Centre("o-1");
        var cut = Render<SupervisorBoard>();
        PushChange();
        cut.WaitForState(() => Board.Rebuilds == 3);
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindComponents<AgentRow>().Count));
        var before = cut.FindComponents<AgentRow>().ToDictionary(r => r.Instance.Agent.Code, r => r.RenderCount);

        // A001 takes a contact; the other two agents are exactly as they were.
        var busier = Centre("o-1");
        Source.Snapshot = busier with { Agents = [.. busier.Agents.Select(a => a.Code == "A001" ? a with { QueueLength = 4 } : a)] };
        PushChange();

        cut.WaitForAssertion(() => Assert.Equal("4", cut.Find("[data-testid=agent-row][data-agent=A001] td:nth-child(3)").TextContent.Trim()));
        var after = cut.FindComponents<AgentRow>().ToDictionary(r => r.Instance.Agent.Code, r => r.RenderCount);
        Assert.True(after["A001"] > before["A001"]);
        Assert.Equal(before["A009"], after["A009"]);
        Assert.Equal(before["A017"], after["A017"]);
    }
}
