using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Tests.Components.Points;

/// <summary>
/// The supervisor's points and recognition page (SVC-10…12, CMP-11/12): the ledger by name with each rule in words and
/// its ID only on hover, the month's proposal with its figures and the confirmation, and recording a norm violation.
/// The clock reads 22 November 2026: October is the month to confirm, November's ledger is shown.
/// </summary>
public sealed class PointsPageTests : ConsoleComponentTest
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 20, 2, 30, 0, TimeSpan.Zero);
    private readonly FakePointsLedger _ledger = new();
    private readonly FakeRecognition _recognition = new();

    public PointsPageTests()
    {
        Services.AddSingleton<IPointsLedger>(_ledger);
        Services.AddSingleton<IExcellentAgentRecognition>(_recognition);
        _ledger.Entries.AddRange(
        [
            new("violation-1", "agent", "A001", "王芳", -5, "SVC-10", "violation", null, "通话中未使用标准结束语", "supervisor", Recorded),
            new("complaint-1", "courier", "快递员 王强", "快递员 王强", -10, "CMP-11", "complaint", Guid.NewGuid(), "分拣时暴力抛件", "specialist", Recorded.AddHours(-1)),
            new("complaint-2", "agent", "A002", "李娜", -8, "CMP-12", "complaint", Guid.NewGuid(), "答复错误导致升级", "specialist", Recorded.AddHours(-2)),
        ]);
        _recognition.Month = new RecognitionResource(
            "2026-10", true, 10, 200m,
            [
                new("A002", "李娜", 12, 4.8333, 10, 0, true, 1),
                new("A001", "王芳", 10, 4.8, 8, 5, true, 2),
                new("A003", "张伟", 3, 5, 3, 0, false, null),
            ],
            new("A002", "李娜", 12, 4.8333, 10, 0, true, 1),
            null);
        SignInAs("supervisor", Roles.Supervisor);
    }

    private IRenderedComponent<PointsPage> RenderPage() => Render<PointsPage>();

    [Fact]
    [Trait("Rule", "SVC-10")]
    [Trait("Rule", "CMP-11")]
    [Trait("Rule", "CMP-12")]
    public void The_ledger_shows_people_by_name_the_rule_in_words_and_its_id_only_for_the_tooltip()
    {
        var page = RenderPage();

        var rows = page.FindAll("[data-testid=ledger-entry]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("王芳", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("A001", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("违反服务规范", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("直接登记", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("周主管", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("10:30", rows[0].TextContent, StringComparison.Ordinal); // 02:30 UTC in the centre
        Assert.Contains("快递员 王强", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("快递员责任", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("客服责任", rows[2].TextContent, StringComparison.Ordinal);
        Assert.All(rows, row => Assert.DoesNotMatch(@"(SVC|CMP)-\d\d", row.TextContent));
        Assert.Equal(["SVC-10", "CMP-11", "CMP-12"], page.FindAll("[data-testid=rule-label]").Select(l => l.GetAttribute("data-rule")));
        Assert.Equal(3, page.FindComponents<PointsRuleLabel>().Count);
        Assert.Contains("3 条记录,共扣 23 分", page.Find("[data-testid=ledger-summary]").TextContent, StringComparison.Ordinal);
        Assert.Contains(("2026-11", (string?)null), _ledger.Queries.Select(q => (q.Month!, q.Subject)));
    }

    [Fact]
    public void The_ledger_filters_by_kind_of_person()
    {
        var page = RenderPage();

        page.InvokeAsync(() => page.FindComponents<MudSelect<string>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == "ledger-subject")
            .Instance.ValueChanged.InvokeAsync("courier"));

        var row = Assert.Single(page.FindAll("[data-testid=ledger-entry]"));
        Assert.Equal("CMP-11", row.GetAttribute("data-rule"));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_the_proposal_shows_its_figures_and_the_supervisor_confirms_it()
    {
        var page = RenderPage();

        Assert.Equal("2026-10", page.Find("[data-testid=recognition]").GetAttribute("data-month"));
        var proposal = page.Find("[data-testid=recognition-proposal]");
        Assert.Contains("李娜", proposal.TextContent, StringComparison.Ordinal);
        Assert.Contains("均分 4.83,12 次评分,10 次五星", proposal.TextContent, StringComparison.Ordinal);
        var candidates = page.FindAll("[data-testid=candidate]");
        Assert.Equal(3, candidates.Count);
        Assert.Contains("-5", candidates[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("评分次数不足", candidates[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("至少", page.Find("[data-testid=recognition-criteria]").TextContent.Replace("不少于", "至少", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=confirm-reason]"));

        page.Find("[data-testid=confirm-recognition]").Click();

        var (month, request, actor) = Assert.Single(_recognition.Confirmations);
        Assert.Equal(("2026-10", "A002", (string?)null, "supervisor"), (month, request.AgentCode, request.Reason, actor));
        page.WaitForAssertion(() => Assert.Equal("A002", page.Find("[data-testid=recognition-confirmed]").GetAttribute("data-agent")));
        Assert.Empty(page.FindAll("[data-testid=confirm-form]"));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_choosing_another_agent_asks_for_the_reason_and_sends_it()
    {
        var page = RenderPage();

        page.InvokeAsync(() => page.FindComponents<MudSelect<string>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == "confirm-agent")
            .Instance.ValueChanged.InvokeAsync("A001"));
        page.Find("textarea[data-testid=confirm-reason], [data-testid=confirm-reason] textarea").Change("本月收到两封表扬信");
        page.Find("[data-testid=confirm-recognition]").Click();

        var (_, request, _) = Assert.Single(_recognition.Confirmations);
        Assert.Equal(("A001", "本月收到两封表扬信"), (request.AgentCode, request.Reason));
    }

    [Fact]
    [Trait("Rule", "SVC-12")]
    public void SVC_12_an_open_month_cannot_be_confirmed_yet_and_only_a_supervisor_may_confirm()
    {
        _recognition.Month = _recognition.Month! with { MonthOver = false };
        var page = RenderPage();
        Assert.NotNull(page.Find("[data-testid=recognition-month-open]"));
        Assert.Empty(page.FindAll("[data-testid=confirm-form]"));

        SignInAs("hr", Roles.HR);
        _recognition.Month = _recognition.Month! with { MonthOver = true };
        var hr = RenderPage();
        Assert.Empty(hr.FindAll("[data-testid=confirm-form]"));
        Assert.Empty(hr.FindAll("[data-testid=record-violation]"));
        Assert.NotEmpty(hr.FindAll("[data-testid=ledger-entry]"));
    }

    [Fact]
    [Trait("Rule", "SVC-10")]
    public void SVC_10_a_supervisor_records_a_violation_with_its_reason_and_sees_it_in_the_ledger()
    {
        var page = RenderPage();

        page.Find("[data-testid=record-violation]").Click();
        page.Find("[data-testid=violation-submit]").Click();
        Assert.Contains("请写明原因", page.Find("[data-testid=violation-form]").TextContent, StringComparison.Ordinal);

        page.InvokeAsync(() => page.FindComponents<MudSelect<string>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == "violation-agent")
            .Instance.ValueChanged.InvokeAsync("A003"));
        page.Find("textarea[data-testid=violation-reason], [data-testid=violation-reason] textarea").Change("在线回复使用不文明用语");
        page.Find("[data-testid=violation-submit]").Click();

        var (request, actor) = _ledger.Violations[^1];
        Assert.Equal(("A003", (Guid?)null, "在线回复使用不文明用语", "supervisor"), (request.AgentCode, request.ComplaintId, request.Reason, actor));
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=ledger-entry]").Count));
        Assert.Empty(page.FindAll("[data-testid=violation-form]"));
        Assert.Contains("已登记", page.Find("[data-testid=points-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_the_page_says_which_agent_an_attitude_complaint_counts_for_and_when()
    {
        var page = RenderPage();

        var rules = page.Find("[data-testid=points-rules]").TextContent;
        Assert.Contains("连续 3 次态度投诉", rules, StringComparison.Ordinal);
        Assert.Contains("核实时认定负责的客服", rules, StringComparison.Ordinal);
        Assert.Contains("3 天服务规范培训", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_entry_recorded_elsewhere_arrives_without_a_reload()
    {
        var page = RenderPage();
        Time.Advance(Coalesce); // the catch-up refresh after the first render

        var entry = new PointsEntryResource("violation-9", "agent", "A002", "李娜", -5, "SVC-10", "violation", null, "未按规范核实", "specialist", Recorded.AddHours(1));
        _ledger.Entries.Insert(0, entry);
        Feed.Publish(new PointsRecorded(entry));
        Time.Advance(Coalesce);

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=ledger-entry]").Count));
    }
}
