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

        Assert.Equal(["general-late", "general-old", "general-new", "major-new"], rows.Select(r => r.GetAttribute("data-external-id")));
        Assert.Contains("sc-cd--breached", rows[0].QuerySelectorAll("[data-deadline]")[0].ClassName);
        Assert.Contains("sc-cd--amber", rows[1].QuerySelectorAll("[data-deadline]")[0].ClassName);
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
    public void Clicking_an_agent_opens_their_queue_where_a_supervisor_changes_the_status_or_moves_a_contact()
    {
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
        cut.Find("[data-testid=agent-queue] [data-testid=move-contact]").Change("A002");

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
}
