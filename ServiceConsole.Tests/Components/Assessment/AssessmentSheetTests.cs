using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Assessment;

namespace ServiceConsole.Tests.Components.Assessment;

/// <summary>
/// TRN-03…08 on the supervisor's sheet: one row per agent by name, attitude entered inline, the computed parts read-only
/// with their rule on hover, the grade and consequence, the interpretation from the options, and run-now only for the
/// roles that may run.
/// </summary>
public sealed class AssessmentSheetTests : ConsoleComponentTest
{
    private readonly FakeMonthlyAssessments _assessments = new();

    public AssessmentSheetTests()
    {
        Services.AddSingleton<IMonthlyAssessments>(_assessments);
        Services.AddSingleton<IAssessmentTrends>(new FakeAssessmentTrends());
        Services.AddSingleton(Options.Create(new AssessmentOptions()));
        Services.AddSingleton(new WorkingCalendar(Policy));
        Services.AddSingleton<AssessmentClock>();
        _assessments.Rows.AddRange(
        [
            FakeMonthlyAssessments.Row("A001", "王芳"),
            FakeMonthlyAssessments.Row("A002", "李娜", attitude: 40, score: 88.0, grade: "qualified", consequence: "base-bonus", response: 0.9, penaltyPoints: 8),
            FakeMonthlyAssessments.Row("A003", "赵磊", attitude: 10, score: 54.0, grade: "failed", consequence: "remedial-training", satisfaction: 3.9),
        ]);
    }

    private IRenderedComponent<AssessmentSheet> RenderOctober()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("assessments?month=2026-10");
        var sheet = Render<AssessmentSheet>();
        sheet.WaitForAssertion(() => Assert.Equal("2026-10", sheet.Find("[data-testid=assessment-sheet]").GetAttribute("data-month")));
        return sheet;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<AssessmentSheet> sheet, string agent) =>
        sheet.Find($"[data-testid=assessment-row][data-agent={agent}]");

    [Fact]
    [Trait("Rule", "TRN-04")]
    public void TRN_04_each_agent_has_one_row_by_name_with_the_computed_parts_read_only_and_attitude_inline()
    {
        SignInAs("supervisor", Roles.Supervisor);

        var sheet = RenderOctober();

        var rows = sheet.FindAll("[data-testid=assessment-row]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("王芳", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("在线客服一组", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("A001", rows[0].TextContent, StringComparison.Ordinal); // the code only in the tooltip
        Assert.Equal(3, sheet.FindAll("[data-testid=attitude-cell] input").Count);
        Assert.Contains("待评态度", Row(sheet, "A001").QuerySelector("[data-testid=grade]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("—", Row(sheet, "A001").QuerySelector("[data-testid=score]")!.TextContent.Trim());
        Assert.Contains("合格", Row(sheet, "A002").QuerySelector("[data-testid=grade]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("92", Row(sheet, "A002").TextContent, StringComparison.Ordinal); // rule compliance 100 − 8
        Assert.Contains("3 天补训并复评", Row(sheet, "A003").QuerySelector("[data-testid=consequence]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(sheet.FindAll("[data-testid=run-now]"));
        Assert.Equal("true", sheet.Find("[data-testid=month-state]").GetAttribute("data-final"));
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public async Task TRN_04_an_attitude_score_entered_inline_completes_the_row_with_its_grade_and_consequence()
    {
        SignInAs("supervisor", Roles.Supervisor);
        var sheet = RenderOctober();

        var row = Row(sheet, "A001");
        Assert.True(row.QuerySelector("[data-testid=attitude-save]")!.HasAttribute("disabled"));
        await row.QuerySelector("[data-testid=attitude-cell] input")!.InputAsync(new ChangeEventArgs { Value = "80" });
        await Row(sheet, "A001").QuerySelector("[data-testid=attitude-save]")!.ClickAsync(new MouseEventArgs());

        Assert.Equal([("2026-10", "A001", 80.0, "supervisor")], _assessments.Attitudes);
        sheet.WaitForAssertion(() =>
        {
            var scored = Row(sheet, "A001");
            Assert.Equal("assessed", scored.GetAttribute("data-status"));
            Assert.Equal("96.0", scored.QuerySelector("[data-testid=score]")!.TextContent.Trim());
            Assert.Contains("优秀", scored.QuerySelector("[data-testid=grade]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("奖金 300 元,优先晋升", scored.QuerySelector("[data-testid=consequence]")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Contains("已保存王芳的态度分", sheet.Find("[data-testid=assessment-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "TRN-05")]
    public void TRN_05_the_interpretation_on_the_screen_comes_from_the_options()
    {
        Policy.Training.ExcellentScore = 85;
        Policy.Training.ExcellentBonusYuan = 500m;
        Policy.Training.RemedialTrainingDays = 5;
        SignInAs("supervisor", Roles.Supervisor);

        var sheet = RenderOctober();

        var rules = sheet.Find("[data-testid=assessment-rules]").TextContent;
        Assert.Contains("≥ 85 分优秀:奖金 500 元", rules, StringComparison.Ordinal);
        Assert.Contains("参加 5 天补训", rules, StringComparison.Ordinal);
        Assert.Contains("定量分 × 60% + 定性分 × 40%", rules, StringComparison.Ordinal);
        Assert.Contains("5 天补训并复评", Row(sheet, "A003").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("TRN-05", Row(sheet, "A003").TextContent, StringComparison.Ordinal); // rule IDs only in tooltips
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void SVC_07_the_rule_behind_a_number_shows_on_hover_with_its_target_and_count()
    {
        SignInAs("supervisor", Roles.Supervisor);
        var popovers = Render<MudPopoverProvider>();
        var sheet = RenderOctober();
        Assert.DoesNotContain("25 个在线/电话接触", popovers.Markup + sheet.Markup, StringComparison.Ordinal);

        sheet.WaitForAssertion(() => Row(sheet, "A002").QuerySelectorAll(".mud-tooltip-root")[0].TriggerEvent("onpointerenter", new PointerEventArgs()));

        popovers.WaitForAssertion(() =>
        {
            var tip = popovers.Markup;
            Assert.Contains("SVC-07", tip, StringComparison.Ordinal);
            Assert.Contains("25 个在线/电话接触", tip, StringComparison.Ordinal);
            Assert.Contains("95.0%", tip, StringComparison.Ordinal);
        });
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_hr_runs_the_month_now_and_reads_but_does_not_score()
    {
        SignInAs("hr", Roles.HR);
        var sheet = RenderOctober();

        Assert.Empty(sheet.FindAll("[data-testid=attitude-cell] input"));
        Assert.Empty(sheet.FindAll("[data-testid=talk-open]"));
        await sheet.Find("[data-testid=run-now]").ClickAsync(new MouseEventArgs());

        Assert.Equal([("2026-10", "hr")], _assessments.Runs);
        sheet.WaitForAssertion(() => Assert.Contains("入职培训未结束的 1 名坐席不参加考核", sheet.Find("[data-testid=assessment-message]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(sheet.Find("[data-testid=termination-proposals]"));
    }

    [Fact]
    [Trait("Rule", "TRN-08")]
    public async Task TRN_08_the_talk_and_improvement_plan_are_recorded_on_a_graded_row()
    {
        SignInAs("supervisor", Roles.Supervisor);
        var sheet = RenderOctober();
        Assert.True(Row(sheet, "A001").QuerySelector("[data-testid=talk-open]")!.HasAttribute("disabled"));

        await Row(sheet, "A002").QuerySelector("[data-testid=talk-open]")!.ClickAsync(new MouseEventArgs());
        var editor = sheet.Find("[data-testid=talk-editor]");
        await editor.QuerySelector("textarea[data-testid=talk-summary], [data-testid=talk-summary] textarea")!.ChangeAsync(new ChangeEventArgs { Value = "讨论了满意度" });
        await sheet.Find("[data-testid=talk-editor] textarea[data-testid=talk-plan], [data-testid=talk-editor] [data-testid=talk-plan] textarea").ChangeAsync(new ChangeEventArgs { Value = "每周复盘差评" });
        await sheet.Find("[data-testid=talk-save]").ClickAsync(new MouseEventArgs());

        var (month, agent, review) = Assert.Single(_assessments.Reviews);
        Assert.Equal(("2026-10", "A002", "讨论了满意度", "每周复盘差评"), (month, agent, review.Summary, review.ImprovementPlan));
        Assert.Equal(new DateOnly(2026, 11, 22), review.TalkedOn); // today in the centre, by default
        sheet.WaitForAssertion(() => Assert.Contains("2026-11-22 已面谈", Row(sheet, "A002").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "TRN-03")]
    public void TRN_03_this_month_before_its_assessment_time_says_the_results_are_the_month_so_far()
    {
        SignInAs("supervisor", Roles.Supervisor);

        var sheet = Render<AssessmentSheet>();

        Assert.Equal("2026-11", sheet.Find("[data-testid=assessment-sheet]").GetAttribute("data-month"));
        var state = sheet.Find("[data-testid=month-state]");
        Assert.Equal("false", state.GetAttribute("data-final"));
        Assert.Contains("2026-11-30 20:00", state.TextContent, StringComparison.Ordinal);
        Assert.Contains("不执行任何后果", state.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sheet.Find("[data-testid=assessment-empty]"));
    }
}
