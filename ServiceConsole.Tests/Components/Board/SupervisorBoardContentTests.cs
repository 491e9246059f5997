using Bunit;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>What the board shows: complaints by urgency, emergency banners, agent queues and the supervisor's actions.</summary>
public sealed class SupervisorBoardContentTests : BoardTestContext
{
    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Open_complaints_are_listed_most_urgent_first_with_verify_and_resolve_countdowns()
    {
        Source.Snapshot = BoardSnapshots.With(complaints:
        [
            BoardSnapshots.Complaint("major-new", Severity.Major, Now.AddMinutes(-5)),          // verify due in 5:55
            BoardSnapshots.Complaint("general-old", Severity.General, Now.AddMinutes(-50)),     // verify due in 0:10
            BoardSnapshots.Complaint("general-late", Severity.General, Now.AddMinutes(-70)),    // verify overdue
            BoardSnapshots.Complaint("general-new", Severity.General, Now.AddMinutes(-1)),      // verify due in 0:59
        ]);

        var cut = Render<SupervisorBoard>();
        var rows = cut.FindAll("[data-testid=complaint-row]");

        // Overdue first, then the major one, then the rest by their next deadline (issue 10).
        Assert.Equal(["general-late", "major-new", "general-old", "general-new"], rows.Select(r => r.GetAttribute("data-external-id")));
        Assert.Equal(["true", "false", "false", "false"], rows.Select(r => r.GetAttribute("data-overdue")));
        Assert.Contains("sc-cd--breached", rows[0].QuerySelectorAll("[data-deadline]")[0].ClassName);
        Assert.Contains("sc-cd--amber", rows[2].QuerySelectorAll("[data-deadline]")[0].ClassName);
        Assert.Contains("sc-cd--ok", rows[3].QuerySelectorAll("[data-deadline]")[1].ClassName);
        Assert.Equal("-10:00", rows[0].QuerySelectorAll("[data-deadline]")[0].TextContent);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public void Every_active_mode_gets_a_banner_and_a_drill_is_plainly_marked_as_a_drill()
    {
        Source.Snapshot = BoardSnapshots.With(emergencies:
        [
            new BoardEmergency("outage", null, false, Now.AddMinutes(-3), "呼叫中心系统中断"),
            new BoardEmergency("mass-complaint", null, true, Now.AddMinutes(-1), "月度演练"),
        ]);

        var cut = Render<SupervisorBoard>();
        var banners = cut.FindAll("[data-testid=emergency-banner]");

        Assert.Equal(2, banners.Count);
        Assert.Equal("false", banners[0].GetAttribute("data-drill"));
        Assert.DoesNotContain("演练", banners[0].TextContent.Replace("月度演练", ""));
        Assert.Equal("true", banners[1].GetAttribute("data-drill"));
        Assert.Contains("演练", banners[1].QuerySelector(".sc-banner-tag")!.TextContent);
    }

    [Fact]
    public async Task Clicking_an_agent_opens_their_queue_where_a_supervisor_changes_the_status_or_moves_a_contact()
    {
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var queued = BoardSnapshots.Waiting("c-9", Channel.Online, TimeSpan.FromSeconds(2), "A001");
        Source.Snapshot = BoardSnapshots.With(
            agents:
            [
                BoardSnapshots.Agent("A001", "ONL-1", Channel.Online, AgentStatus.OnContact, queued),
                BoardSnapshots.Agent("A002", "ONL-1", Channel.Online),
                BoardSnapshots.Agent("A003", "ONL-1", Channel.Online, AgentStatus.Away),
                BoardSnapshots.Agent("A017", "PHN-1", Channel.Phone),
            ],
            waiting: [queued]);
        var cut = Render<SupervisorBoard>();

        cut.Find("[data-testid=agent-row][data-agent=A001]").Click();
        var queue = cut.Find("[data-testid=agent-queue][data-agent=A001]");
        Assert.Single(queue.QuerySelectorAll("[data-testid=queued-contact][data-external-id=c-9]"));
        // Only an on-duty agent of the same channel can take the contact.
        var choices = queue.QuerySelectorAll("[data-testid=move-contact] option").Select(o => o.GetAttribute("value")).Where(v => v != "");
        Assert.Equal(["A002"], choices);

        cut.Find("[data-testid=agent-queue] [data-testid=set-status][data-status=away]").Click();
        var moving = cut.Find("[data-testid=agent-queue] [data-testid=move-contact]").ChangeAsync(new() { Value = "A002" });

        // Nothing moves until the supervisor confirms whom it goes to, by name.
        dialogs.WaitForAssertion(() => Assert.Contains("坐席A002 (A002)", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(Actions.Moves);
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("移交", StringComparison.Ordinal)).ClickAsync(new());
        await moving;

        Assert.Equal([("A001", AgentStatus.Away)], Actions.StatusChanges);
        Assert.Equal([(queued.Id, "A002")], Actions.Moves);
    }

    [Fact]
    public void A_complaint_row_leads_to_the_complaint_detail_with_its_history()
    {
        var complaint = BoardSnapshots.Complaint("g-1", Severity.General, Now.AddMinutes(-5));
        Source.Snapshot = BoardSnapshots.With(complaints: [complaint]);

        var cut = Render<SupervisorBoard>();

        Assert.Equal($"complaints/{complaint.Id}", cut.Find("[data-testid=complaint-row] a").GetAttribute("href"));
    }

    [Fact]
    public async Task Cancelling_a_move_moves_nothing_and_the_list_starts_again()
    {
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var queued = BoardSnapshots.Waiting("c-7", Channel.Online, TimeSpan.FromSeconds(2), "A001");
        Source.Snapshot = BoardSnapshots.With(
            agents: [BoardSnapshots.Agent("A001", "ONL-1", Channel.Online, AgentStatus.OnContact, queued), BoardSnapshots.Agent("A002", "ONL-1", Channel.Online)],
            waiting: [queued]);
        var cut = Render<SupervisorBoard>();

        var moving = cut.Find("[data-testid=waiting-contact] [data-testid=move-contact]").ChangeAsync(new() { Value = "A002" });
        dialogs.WaitForAssertion(() => Assert.Contains("移交", dialogs.Markup, StringComparison.Ordinal));
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("取消", StringComparison.Ordinal)).ClickAsync(new());
        await moving;

        Assert.Empty(Actions.Moves);
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("[data-testid=waiting-contact] [data-testid=move-contact]").GetAttribute("value") ?? ""));
    }

    [Fact]
    public void Empty_panels_shrink_to_their_header_and_the_owner_reads_by_name()
    {
        var complaint = BoardSnapshots.Complaint("g-2", Severity.General, Now.AddMinutes(-5)) with { Assignee = "specialist", AssigneeName = "韩专员" };
        Source.Snapshot = BoardSnapshots.With(complaints: [complaint]);

        var cut = Render<SupervisorBoard>();

        Assert.Contains("sc-panel--empty", cut.Find("[data-testid=waiting-panel]").ClassName, StringComparison.Ordinal);
        Assert.Contains("sc-panel--empty", cut.Find("[data-testid=alert-panel]").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("sc-panel--empty", cut.Find("[data-testid=complaint-panel]").ClassName, StringComparison.Ordinal);
        Assert.Equal("韩专员", cut.Find("[data-testid=complaint-owner-name]").TextContent);
        Assert.DoesNotContain("specialist", cut.Find("[data-testid=complaint-row]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Agent_columns_sort_by_a_header_click_and_a_third_click_restores_the_code_order()
    {
        Source.Snapshot = BoardSnapshots.With(agents:
        [
            BoardSnapshots.Agent("A001", "ONL-1", Channel.Online) with { ResponseCompliance = 0.97 },
            BoardSnapshots.Agent("A002", "ONL-1", Channel.Online) with { ResponseCompliance = 0.80 },
            BoardSnapshots.Agent("A003", "ONL-1", Channel.Online) with { ResponseCompliance = null },
            BoardSnapshots.Agent("A004", "ONL-1", Channel.Online) with { ResponseCompliance = 0.90 },
        ]);
        var cut = Render<SupervisorBoard>();
        string[] Order() => [.. cut.FindAll("[data-testid=agent-row]").Select(r => r.GetAttribute("data-agent")!)];

        cut.Find("[data-testid=sort-compliance]").Click();
        Assert.Equal(["A002", "A004", "A001", "A003"], Order()); // the weakest first, not yet measured last
        Assert.Equal("ascending", cut.Find("[data-testid=sort-compliance]").ParentElement!.GetAttribute("aria-sort"));

        cut.Find("[data-testid=sort-compliance]").Click();
        Assert.Equal(["A001", "A004", "A002", "A003"], Order());

        cut.Find("[data-testid=sort-compliance]").Click();
        Assert.Equal(["A001", "A002", "A003", "A004"], Order());
    }

    [Fact]
    public async Task Searching_finds_through_the_search_and_an_agent_hit_opens_their_queue()
    {
        Source.Snapshot = BoardSnapshots.With(agents: [BoardSnapshots.Agent("A001", "ONL-1", Channel.Online), BoardSnapshots.Agent("A002", "ONL-1", Channel.Online)]);
        Search.Hits.Add(new BoardSearchHit(BoardSearchKind.Agent, null, "A002 坐席A002", "", "A002", Channel.Online, true, "available"));
        var cut = Render<SupervisorBoard>();

        var box = cut.FindComponent<MudBlazor.MudAutocomplete<BoardSearchHit>>();
        await cut.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(Search.Hits[0]));

        Assert.Equal("A002", cut.Instance.ShownAgent);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=agent-queue][data-agent=A002]")));
    }
}
