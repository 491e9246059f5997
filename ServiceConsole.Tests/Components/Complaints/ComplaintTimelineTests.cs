using Bunit;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Components.Complaints;

/// <summary>The complaint's timeline, clocks and rounds: everything that happened, in order, with the clock it concerns.</summary>
public sealed class ComplaintTimelineTests : ComplaintPageTestContext
{
    private static readonly DateTimeOffset R = ComplaintStories.Received;
    private static readonly ComplaintDeadlines Deadlines = new(new PolicyOptions());

    /// <summary>Every clock broken once: verified late, resolved late, called back late, then the recallback missed too.</summary>
    private static Complaint LateAtEveryStep() => ComplaintStories.Registered()
        .Then(c => c.Verify("网点分拣延误两天", FaultParty.Courier, "supervisor", R.AddMinutes(70)))
        .Then(c => c.Propose(CompensationKind.Coupon, 10m, "按标准补偿", "supervisor", R.AddMinutes(80)))
        .Then(c => c.Decline("金额太少", "specialist", R.AddMinutes(90)))
        .Then(c => c.Propose(CompensationKind.Cash, 30m, null, "supervisor", R.AddMinutes(100)))
        .Then(c => c.Accept(Deadlines, "supervisor", R.AddHours(25)))
        .Then(c => c.RecordCallback(false, 2, "仍不满意", Deadlines, "supervisor", R.AddHours(50)))
        .Then(c => c.RecordDueBreaches(R.AddHours(63)));

    [Fact]
    [Trait("Rule", "CMP-08")]
    public void Steps_rounds_and_breaches_read_in_order_and_a_breach_noticed_by_a_step_comes_before_it()
    {
        var page = RenderPage(LateAtEveryStep().Resource());

        var entries = page.FindAll("[data-testid=timeline-entry]");
        Assert.Equal(
            ["registered", "assigned", "breach", "verified", "proposed", "declined", "proposed", "breach", "accepted", "breach", "reopened", "breach"],
            entries.Select(e => e.GetAttribute("data-action")));
        Assert.Equal(["1", "1", "2", "2"], page.FindAll("[data-testid=timeline-round]").Select(r => r.GetAttribute("data-round")));
        Assert.Contains("第 1 轮 · 优惠券 ¥10.00", entries[4].TextContent);
        Assert.Contains("客户不接受", entries[4].TextContent); // the first proposal's outcome, on the proposal
        Assert.Contains("金额太少", entries[5].TextContent);
        Assert.Contains("韩专员", entries[5].TextContent); // who, by name; the login only in the tooltip
        Assert.DoesNotContain("specialist", entries[5].TextContent);
        Assert.Contains("已核实 → 待回访", entries[8].TextContent);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    [Trait("Rule", "CMP-09")]
    [Trait("Rule", "CMP-10")]
    public void Each_breach_names_its_rule_its_clock_when_it_was_due_and_when_it_was_recorded()
    {
        var page = RenderPage(LateAtEveryStep().Resource());

        var breaches = page.FindAll("[data-testid=timeline-entry][data-action=breach]");
        Assert.Equal(["verify", "resolve", "callback", "recallback"], breaches.Select(b => b.QuerySelector("[data-testid=clock-mark]")!.GetAttribute("data-clock")));
        Assert.Contains("核实 超时", breaches[0].TextContent);
        Assert.Equal(["CMP-04", "CMP-02", "CMP-09", "CMP-10"], breaches.Select(b => b.QuerySelector(".sc-tl-breach")!.GetAttribute("title")));
        Assert.All(breaches, b => Assert.DoesNotContain("CMP-", b.TextContent, StringComparison.Ordinal));
        // Due 08:40 UTC, recorded 08:50 UTC: shown in the centre's time.
        Assert.Contains("核实时限应于 11-22 16:40:00 完成,11-22 16:50:00 记录", breaches[0].TextContent);
        Assert.Contains("处理 超时", breaches[1].TextContent);
    }

    [Fact]
    public void Each_step_names_the_clock_it_starts_or_stops()
    {
        var page = RenderPage(LateAtEveryStep().Resource());

        string[] Marks(string action) => [.. page.Find($"[data-testid=timeline-entry][data-action={action}]")
            .QuerySelectorAll("[data-testid=clock-mark]").Select(m => $"{m.GetAttribute("data-clock")}:{m.GetAttribute("data-mark")}")];

        Assert.Equal(["verify:Started", "resolve:Started"], Marks("registered"));
        Assert.Equal(["verify:Stopped"], Marks("verified"));
        Assert.Equal(["resolve:Stopped", "callback:Started"], Marks("accepted"));
        Assert.Equal(["callback:Stopped", "recallback:Started"], Marks("reopened"));
    }

    [Fact]
    [Trait("Rule", "CMP-11")]
    public void A_courier_held_to_account_at_verification_is_named_with_points_and_fine_in_the_timeline_and_the_facts()
    {
        var complaint = ComplaintStories.Registered()
            .Then(c => c.Verify("快递员野蛮分拣", FaultParty.Courier, new PenaltyPolicy(new PolicyOptions()), "K-07", "supervisor", R.AddMinutes(10)));

        var page = RenderPage(complaint.Resource());

        var entry = page.Find("[data-testid=timeline-entry][data-action=accountability]");
        Assert.Equal("快递员 K-07 扣 10 分,罚款 ¥200.00", entry.QuerySelector("[data-testid=accountability-note]")!.TextContent);
        Assert.Equal("CMP-11", entry.QuerySelector("[data-testid=accountability-note]")!.GetAttribute("title"));
        Assert.DoesNotContain("points", entry.TextContent);
        Assert.Contains("追责", entry.TextContent);
        Assert.Equal("true", page.Find("[data-testid=facts-accountability]").GetAttribute("data-in-force"));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void A_new_complaint_counts_down_to_its_verify_and_resolve_deadlines()
    {
        var complaint = ComplaintStories.Registered().Resource();
        var page = RenderPage(complaint);

        var clocks = page.FindAll("[data-testid=complaint-clock]");
        Assert.Equal(["verify", "resolve"], clocks.Select(c => c.GetAttribute("data-clock")));
        Assert.All(clocks, c => Assert.Equal("true", c.GetAttribute("data-running")));
        Assert.Equal("2026-11-22T08:40:00.000Z", clocks[0].QuerySelector("[data-deadline]")!.GetAttribute("data-deadline"));
        Assert.Equal("40:00", clocks[0].QuerySelector("[data-deadline]")!.TextContent);
        Assert.Equal("CMP-02", clocks[1].QuerySelector("[data-rule]")!.GetAttribute("title"));
    }

    [Fact]
    [Trait("Rule", "CMP-10")]
    public void A_late_reopened_complaint_shows_its_stopped_clocks_as_late_and_the_recallback_running_and_breached()
    {
        var page = RenderPage(LateAtEveryStep().Resource());

        var clocks = page.FindAll("[data-testid=complaint-clock]");
        Assert.Equal(["verify", "resolve", "recallback"], clocks.Select(c => c.GetAttribute("data-clock")));
        Assert.Contains("超时完成 11-22 16:50", clocks[0].TextContent);
        Assert.Equal("false", clocks[1].GetAttribute("data-running"));
        Assert.Equal("true", clocks[2].GetAttribute("data-running"));
        Assert.Equal("true", clocks[2].GetAttribute("data-breached"));
        Assert.Equal("CMP-10", clocks[2].QuerySelector("[data-rule]")!.GetAttribute("title"));
        Assert.NotNull(clocks[2].QuerySelector("[data-deadline]"));
    }

    [Fact]
    [Trait("Rule", "CMP-08")]
    public void Every_round_is_listed_with_its_kind_amount_outcome_and_who_answered()
    {
        var page = RenderPage(ComplaintStories.Resolved().Resource());

        var rows = page.FindAll("[data-testid=round-row]");
        Assert.Equal(["declined", "accepted"], rows.Select(r => r.GetAttribute("data-outcome")));
        Assert.Contains("优惠券", rows[0].TextContent);
        Assert.Contains("¥10.00", rows[0].TextContent);
        Assert.Contains("金额太少", rows[0].TextContent);
        Assert.Contains("周主管 · 11-22 15:54", rows[0].TextContent); // answered at R + 14 min
        Assert.Contains("¥30.00", rows[1].TextContent);
    }
}
