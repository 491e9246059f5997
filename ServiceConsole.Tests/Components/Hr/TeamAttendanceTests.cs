using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Attendance;

namespace ServiceConsole.Tests.Components.Hr;

/// <summary>
/// GEN-03…05 on the team attendance screens over the real attendance service, on Monday 2026-11-23 at 18:00 in the
/// centre after the day's shift: 王芳 clocked in at 08:17 (late), 李娜 on time, 张伟 not at all (absent).
/// </summary>
public sealed class TeamAttendanceTests : HrScreenTest
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    public TeamAttendanceTests()
        : base(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero))
    {
        SeedTeam("ONL-1", "在线客服一组", "supervisor", ("A001", "王芳"), ("A002", "李娜"), ("A003", "张伟"));
        SeedTeam("PHN-2", "电话客服二组", "supervisor2", ("B001", "赵敏"));
    }

    private AttendanceService Attendance => Services.GetRequiredService<AttendanceService>();

    private async Task PunchTheDayAsync()
    {
        await PunchAsync("A001", new DateTime(2026, 11, 23, 8, 17, 0), "in");
        await PunchAsync("A001", new DateTime(2026, 11, 23, 17, 35, 0), "out");
        await PunchAsync("A002", new DateTime(2026, 11, 23, 7, 55, 0), "in");
        await PunchAsync("A002", new DateTime(2026, 11, 23, 17, 31, 0), "out");
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_the_month_grid_shows_a_late_day_with_its_minutes_and_rule_in_the_tooltip_and_an_absence_with_its_deduction_rule()
    {
        await PunchTheDayAsync();
        var rows = await Attendance.GetTeamMonthAsync("ONL-1", 2026, 11);

        var cut = Render<TeamMonthGrid>(p => p.Add(c => c.Rows, rows));

        var late = cut.Find("[data-agent=A001] td[title^='11-23']");
        Assert.Equal("迟", late.TextContent.Trim());
        Assert.Contains("att-cell--late", late.ClassName, StringComparison.Ordinal);
        Assert.Contains("GEN-03", late.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("迟到 17 分钟", late.GetAttribute("title"), StringComparison.Ordinal);
        var absent = cut.Find("[data-agent=A003] td[title^='11-23']");
        Assert.Contains("att-cell--absent", absent.ClassName, StringComparison.Ordinal);
        Assert.Contains("GEN-05", absent.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("att-cell--on-time", cut.Find("[data-agent=A002] td[title^='11-23']").ClassName, StringComparison.Ordinal);
        Assert.Equal("王芳", cut.Find("[data-agent=A001] .att-name").TextContent);
        Assert.Equal("1", cut.FindAll("[data-agent=A001] td.att-num")[0].TextContent.Trim()); // one late this month
        Assert.Equal("2", cut.FindAll("[data-agent=A003] td.att-num")[1].TextContent.Trim()); // a whole day: two 4-hour units
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_the_hr_desk_card_lists_todays_exceptions_by_name_with_minutes_late_and_not_the_punctual()
    {
        await PunchTheDayAsync();
        SignInAs("hr", Roles.HR);

        var cut = Render<AttendanceExceptionsCard>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=exception-row]").Count)); // HR sees every team
        var late = cut.Find("[data-testid=exception-row][data-agent=A001]");
        Assert.Equal("late", late.GetAttribute("data-status"));
        Assert.Contains("王芳", late.TextContent);
        Assert.Contains("在线客服一组", late.TextContent);
        Assert.Contains("迟到 17 分钟", late.TextContent);
        Assert.StartsWith("GEN-03", late.QuerySelector(".att-status")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("absent", cut.Find("[data-testid=exception-row][data-agent=A003]").GetAttribute("data-status"));
        Assert.Contains("电话客服二组", cut.Find("[data-testid=exception-row][data-agent=B001]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=exception-row][data-agent=A002]"));
        Assert.Contains("今日考勤异常（3）", cut.Markup);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_the_correction_panel_shows_the_clock_punches_in_centre_time_and_refuses_a_void_without_a_reason()
    {
        await PunchTheDayAsync();
        var day = (await Attendance.GetTeamMonthAsync("ONL-1", 2026, 11)).Single(r => r.AgentCode == "A001").Days.Single(d => d.Date == Monday);
        SignInAs("supervisor", Roles.Supervisor);

        var cut = Render<PunchCorrectionPanel>(p => p
            .Add(c => c.AgentCode, "A001").Add(c => c.AgentName, "王芳").Add(c => c.Date, Monday).Add(c => c.DateText, "2026-11-23").Add(c => c.Day, day));

        var punches = cut.FindAll("[data-testid=punch]");
        Assert.Equal(2, punches.Count);
        Assert.Contains("08:17", punches[0].TextContent);
        Assert.Contains("考勤机", punches[0].TextContent);
        Assert.Contains("17:35", punches[1].TextContent);
        Assert.Contains("王芳", cut.Markup);

        cut.FindAll("[data-testid=void]")[0].Click();

        cut.WaitForAssertion(() => Assert.Contains("作废打卡请先在下方填写原因。", Field(cut, "correct-reason")));
        await using var db = NewDb();
        Assert.DoesNotContain(await db.Punches.ToListAsync(), p => p.IsVoided);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_a_supervisor_adds_a_missing_punch_with_a_reason_and_the_correction_is_audited()
    {
        await PunchAsync("A003", new DateTime(2026, 11, 23, 7, 58, 0), "in");
        var day = (await Attendance.GetTeamMonthAsync("ONL-1", 2026, 11)).Single(r => r.AgentCode == "A003").Days.Single(d => d.Date == Monday);
        Assert.Equal("missing-punch", day.Status);
        SignInAs("supervisor", Roles.Supervisor);
        var changed = 0;

        var cut = Render<PunchCorrectionPanel>(p => p
            .Add(c => c.AgentCode, "A003").Add(c => c.AgentName, "张伟").Add(c => c.Date, Monday).Add(c => c.DateText, "2026-11-23").Add(c => c.Day, day)
            .Add(c => c.Changed, () => changed++));
        cut.Find("input[data-testid=correct-time]").Change("17:32");
        cut.Find("input[data-testid=correct-reason]").Input("考勤机故障");
        cut.Find("[data-testid=correct-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        var after = (await Attendance.GetTeamMonthAsync("ONL-1", 2026, 11)).Single(r => r.AgentCode == "A003").Days.Single(d => d.Date == Monday);
        Assert.Equal("on-time", after.Status);
        var correction = Assert.Single(after.Punches, p => p.Source == "correction");
        Assert.Equal("out", correction.Kind); // a day with a clock-in misses its clock-out
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 32, 0, TimeSpan.FromHours(8)), correction.At);
        Assert.Contains(Audit.Rows, e => e.Detail?.Contains("GEN-03 punch added: out at 2026-11-23 17:32 (考勤机故障)", StringComparison.Ordinal) == true);
    }
}
