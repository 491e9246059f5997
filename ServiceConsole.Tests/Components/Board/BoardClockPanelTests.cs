using Bunit;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>The board's deadline panels: today's warnings and breaches, and every callback still owed.</summary>
public sealed class BoardClockPanelTests : BoardTestContext
{
    private static BoardAlertRow Alert(bool breach, string rule, string clock, bool aboutComplaint, int minutesAgo, bool drill = false) =>
        new(Guid.NewGuid(), breach, rule, clock, aboutComplaint, Guid.NewGuid(), "A001", "YD4312345678901", Now.AddMinutes(-minutesAgo + 15), Now.AddMinutes(-minutesAgo), drill);

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Alerts_show_kind_rule_clock_and_owner_and_a_complaint_alert_links_to_the_complaint()
    {
        var breach = Alert(true, "CMP-04", "verify", aboutComplaint: true, 1);
        var warning = Alert(false, "SVC-05", "promise", aboutComplaint: false, 5);
        var snapshot = BoardSnapshots.Empty() with { Alerts = [breach, warning] };

        var panel = Render<AlertPanel>(p => p.Add(x => x.Snapshot, snapshot));

        var items = panel.FindAll("[data-testid=clock-alert]");
        Assert.Equal(["breach", "warning"], items.Select(i => i.GetAttribute("data-kind")));
        Assert.Equal(["CMP-04", "SVC-05"], items.Select(i => i.GetAttribute("data-rule")));
        Assert.Contains("核实", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("承诺回复", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal($"complaints/{breach.SubjectId}", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(items[1].QuerySelector("a"));
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void A_burst_of_first_response_breaches_reads_as_one_line_naming_the_agents_and_other_alerts_stand_alone()
    {
        var burst = Enumerable.Range(0, 12)
            .Select(i => new BoardAlertRow(Guid.NewGuid(), true, "SVC-01", "first-response", false, Guid.NewGuid(), i % 2 == 0 ? "A001" : "A002",
                "王**", Now.AddSeconds(-20 - i), Now.AddSeconds(-i), false))
            .ToList();
        var complaint = Alert(true, "CMP-04", "verify", aboutComplaint: true, 3);
        var snapshot = BoardSnapshots.Empty() with { Alerts = [.. burst, complaint] };

        var panel = Render<AlertPanel>(p => p.Add(x => x.Snapshot, snapshot));

        var lines = panel.FindAll("[data-testid=clock-alert]");
        Assert.Equal(2, lines.Count);
        Assert.Equal("12", lines[0].GetAttribute("data-count"));
        Assert.Contains("12 个咨询超时", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("王芳", lines[0].TextContent, StringComparison.Ordinal); // the agents by name, not by code
        Assert.Contains("李娜", lines[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("SVC-01", lines[0].TextContent, StringComparison.Ordinal); // the rule is in the tooltip
        Assert.Equal("SVC-01", lines[0].GetAttribute("title"));
        Assert.Equal("1", lines[1].GetAttribute("data-count"));
    }

    [Fact]
    public void With_no_alerts_today_the_panel_says_so() =>
        Assert.Contains("今天暂无提醒", Render<AlertPanel>(p => p.Add(x => x.Snapshot, BoardSnapshots.Empty())).Markup, StringComparison.Ordinal);

    [Fact]
    [Trait("Rule", "SVC-05")]
    [Trait("Rule", "CMP-10")]
    public void Owed_callbacks_tick_toward_their_deadline_and_show_the_total_beyond_the_list()
    {
        var promise = new BoardCallbackRow(Guid.NewGuid(), CallbackKind.Promise, "SVC-05", "A001", null, Now.AddMinutes(-50), Now.AddMinutes(10), false, false);
        var complaintId = Guid.NewGuid();
        var recallback = new BoardCallbackRow(Guid.NewGuid(), CallbackKind.Recallback, "CMP-10", null, complaintId, Now.AddHours(-11), Now.AddHours(1), false, true);
        var snapshot = BoardSnapshots.Empty() with { Callbacks = [promise, recallback], OpenCallbacksTotal = 7 };

        var panel = Render<CallbackPanel>(p => p.Add(x => x.Snapshot, snapshot));

        var rows = panel.FindAll("[data-testid=callback-row]");
        Assert.Equal(["promise", "recallback"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Equal("2026-11-22T08:10:00.000Z", rows[0].QuerySelector(".sc-cd")!.GetAttribute("data-deadline"));
        Assert.Equal("3600", rows[0].QuerySelector(".sc-cd")!.GetAttribute("data-target-seconds"));
        Assert.Equal($"complaints/{complaintId}", rows[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("未分配", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("演练", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("显示 2/7", panel.Markup, StringComparison.Ordinal);
    }
}
