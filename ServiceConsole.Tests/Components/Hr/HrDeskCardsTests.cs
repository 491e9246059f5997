using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Features.Promotions;

namespace ServiceConsole.Tests.Components.Hr;

/// <summary>
/// The HR desk's cards from given data: probation ending this month (GEN-06), rewards and penalties awaiting HR
/// (GEN-07), the promotion pipeline with its clocks (PRM-03), and the promotion record's steps and facts (PRM-02,
/// PRM-05). The clock reads Sunday 2026-11-22 16:00 in the centre (08:00 UTC).
/// </summary>
public sealed class HrDeskCardsTests : HrScreenTest
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    public HrDeskCardsTests()
    {
        Services.AddSingleton<IPromotionWorkflow>(Promotions);
    }

    private FakePromotionList Promotions { get; } = new();

    private static PersonnelRowResource Row(string code, string name, DateOnly hired, DateOnly end) =>
        new(code, name, "ONL-1", "在线客服一组", new EmploymentResource(code, hired, end, hired.AddMonths(3), "on-probation", null, null, []), 0, 0, 0);

    private static DisciplineRecordResource Pending(string agent, string name, string kind, string side, string cause, string proposedBy) =>
        new(Guid.NewGuid(), agent, name, kind, side, cause, null, Today, "pending", proposedBy, ConsoleComponentTest.Now.AddHours(-2), null, null, null, 0);

    private static PromotionResource Application(string name, string status, bool overdue = false, DateTimeOffset? publicityEnds = null, bool running = false,
        IReadOnlyList<PromotionStepResource>? steps = null, string? teamwork = null) =>
        new(Guid.NewGuid(), "A001", name, "ONL-1", "在线客服一组", "specialist", "supervisor", "我希望承担更多班组管理工作。", status, "agent",
            new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero), "supervisor", "周主管", new DateTimeOffset(2026, 11, 17, 2, 0, 0, TimeSpan.Zero), overdue, teamwork,
            null, publicityEnds, running, null, null, 0, steps ?? [], []);

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void GEN_06_probation_ending_shows_the_days_left_and_marks_an_end_already_reached_as_due()
    {
        var rows = new[]
        {
            Row("A001", "王芳", new(2026, 8, 20), new(2026, 11, 20)),
            Row("A002", "李娜", new(2026, 8, 30), new(2026, 11, 30)),
        };

        var cut = Render<ProbationEndingCard>(p => p.Add(c => c.Rows, rows).Add(c => c.Today, Today));

        var due = cut.Find("[data-agent=A001]");
        Assert.Contains("王芳", due.TextContent);
        Assert.Contains("已到期,待转正", due.TextContent);
        Assert.Contains("2026-11-20 到期", due.TextContent);
        var later = cut.Find("[data-agent=A002]");
        Assert.Contains("还有 8 天", later.TextContent);
        Assert.DoesNotContain("已到期", later.TextContent);
        Assert.Equal("/personnel?agent=A002", later.QuerySelector("[data-testid=open-file]")!.GetAttribute("href"));
    }

    [Fact]
    [Trait("Rule", "GEN-07")]
    public void GEN_07_hr_decides_others_proposals_but_not_their_own_and_a_supervisor_only_reads()
    {
        var records = new[]
        {
            Pending("A001", "王芳", "commendation", "reward", "服务态度好，受到客户书面表扬", "supervisor"),
            Pending("A002", "李娜", "warning", "penalty", "无故迟到早退", "hr"),
        };
        SignInAs("hr", Roles.HR);

        var cut = Render<PendingRecordsCard>(p => p.Add(c => c.Records, records));

        var others = cut.Find("[data-testid=pending-record][data-agent=A001]");
        Assert.Contains("周主管 提议", others.TextContent); // the proposer by name
        Assert.NotEmpty(others.QuerySelectorAll("[data-testid=approve-record]"));
        var own = cut.Find("[data-testid=pending-record][data-agent=A002]");
        Assert.Empty(own.QuerySelectorAll("[data-testid=approve-record]"));
        Assert.Contains("本人提议", own.TextContent);

        SignInAs("supervisor", Roles.Supervisor);
        var read = Render<PendingRecordsCard>(p => p.Add(c => c.Records, records));
        Assert.Empty(read.FindAll("[data-testid=approve-record]"));
        Assert.Empty(read.FindAll("[data-testid=reject-record]"));
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_the_pipeline_groups_applications_by_step_and_marks_an_overdue_first_review_overdue_with_its_due_time_in_centre_time()
    {
        Promotions.Applications.Add(Application("王芳", "first-review", overdue: true));
        Promotions.Applications.Add(Application("李娜", "first-review"));
        Promotions.Applications.Add(Application("张伟", "publicity", publicityEnds: new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), running: false));
        Promotions.Applications.Add(Application("赵敏", "rejected"));
        SignInAs("hr", Roles.HR);

        var cut = Render<PromotionPipelineCard>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=pipeline-item]").Count)); // the rejected one is closed
        var items = cut.FindAll("[data-testid=pipeline-item]");
        var overdue = items.Single(i => i.TextContent.Contains("王芳", StringComparison.Ordinal)).QuerySelector("[data-testid=promotion-clock]")!;
        Assert.Equal("review-overdue", overdue.GetAttribute("data-clock"));
        Assert.Contains("初审已超期(截止 2026-11-17 10:00)", overdue.TextContent); // 02:00 UTC is 10:00 in the centre
        Assert.Equal("review-due", items.Single(i => i.TextContent.Contains("李娜", StringComparison.Ordinal)).QuerySelector("[data-testid=promotion-clock]")!.GetAttribute("data-clock"));
        Assert.Equal("publicity-ended", items.Single(i => i.TextContent.Contains("张伟", StringComparison.Ordinal)).QuerySelector("[data-testid=promotion-clock]")!.GetAttribute("data-clock"));
        Assert.Equal(["first-review", "awaiting-hr"], cut.FindAll("[data-testid=pipeline-step]").Select(s => s.GetAttribute("data-step")));
    }

    [Fact]
    [Trait("Rule", "PRM-05")]
    public void PRM_05_the_steps_show_each_step_in_centre_time_its_verdict_a_late_review_and_hide_an_objector()
    {
        var steps = new[]
        {
            new PromotionStepResource(1, "applied", "agent", "王芳", new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero), null, "申请", false),
            new PromotionStepResource(2, "first-review", "supervisor", "周主管", new DateTimeOffset(2026, 11, 18, 3, 30, 0, TimeSpan.Zero), true, "团队协作好", true),
            new PromotionStepResource(3, "objection", null, null, new DateTimeOffset(2026, 11, 19, 1, 0, 0, TimeSpan.Zero), null, "有异议", false),
        };

        var cut = Render<PromotionSteps>(p => p.Add(c => c.Steps, steps));

        var rendered = cut.FindAll("[data-testid=promotion-step]");
        Assert.Equal(3, rendered.Count);
        Assert.Contains("提交申请", rendered[0].TextContent);
        Assert.Empty(rendered[0].QuerySelectorAll(".prm-note")); // the application's note is its statement, shown with the facts
        Assert.Contains("直属主管初审", rendered[1].TextContent);
        Assert.Contains("同意", rendered[1].TextContent);
        Assert.Contains("超期", rendered[1].TextContent); // reviewed after the 7 days
        Assert.Contains("2026-11-18 11:30 · 周主管", rendered[1].TextContent);
        Assert.Contains("团队协作好", rendered[1].TextContent);
        Assert.Contains("(异议人仅人事与监察组可见)", rendered[2].TextContent);
        Assert.DoesNotContain("超期", rendered[0].TextContent);
    }

    [Fact]
    [Trait("Rule", "PRM-02")]
    public void PRM_02_the_facts_show_the_team_the_reviewer_by_name_who_applied_and_the_statement_and_say_when_teamwork_notes_are_still_to_come()
    {
        var filed = Application("王芳", "first-review");

        var cut = Render<PromotionFacts>(p => p.Add(c => c.Application, filed));

        Assert.Contains("在线客服一组", cut.Markup);
        Assert.Contains("周主管", cut.Markup);
        Assert.Contains("王芳 于 2026-11-10 10:00 提交", cut.Markup); // "agent" by name, in centre time
        Assert.Equal("我希望承担更多班组管理工作。", cut.Find("[data-testid=promotion-statement]").TextContent);
        Assert.Equal("初审时填写", cut.Find("[data-testid=promotion-teamwork]").TextContent);

        var reviewed = Render<PromotionFacts>(p => p.Add(c => c.Application, filed with { TeamworkNotes = "乐于帮助新人" }));
        Assert.Equal("乐于帮助新人", reviewed.Find("[data-testid=promotion-teamwork]").TextContent);
    }
}
