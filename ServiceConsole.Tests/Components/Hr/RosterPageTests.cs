using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Attendance;

namespace ServiceConsole.Tests.Components.Hr;

/// <summary>
/// GEN-01 on the roster screen over the real attendance service: the team's and its agents' rosters by name with their
/// shifts, each refused field shown on the form, adding and taking back, and a supervisor's own teams only.
/// Today is Sunday 2026-11-22 in the centre.
/// </summary>
public sealed class RosterPageTests : HrScreenTest
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    public RosterPageTests()
    {
        SeedTeam("ONL-1", "在线客服一组", "supervisor", ("A001", "李娜"), ("A002", "王强"));
        SeedTeam("PHN-2", "电话客服二组", "supervisor2", ("B001", "赵敏"));
    }

    private AttendanceService Attendance => Services.GetRequiredService<AttendanceService>();

    private static AttendanceViewer Hr => new(new Actor("hr", null, false), AllTeams: true, IsSupervisor: false, IsHr: true);

    private async Task<Guid> AddAsync(RosterRequest request)
    {
        var result = await Attendance.AddRosterAsync(request, Hr);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors?.Keys ?? []));
        return result.Value!.Id;
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public async Task GEN_01_the_screen_lists_the_teams_and_its_agents_rosters_by_name_with_shift_weekdays_and_phase()
    {
        await AddAsync(new RosterRequest("ONL-1", null, Today.AddDays(1), Today.AddDays(14), ["saturday"], "10:00", "14:00", "15:00", "19:00", null, "周六晚班"));
        await AddAsync(new RosterRequest(null, "A002", Today.AddDays(-10), Today.AddDays(-5), null, null, null, null, null, true, null));
        SignInAs("hr", Roles.HR);

        var cut = Render<RosterPage>();

        var rows = cut.FindAll("[data-testid=roster]");
        Assert.Equal(2, rows.Count);
        var past = rows[0];
        Assert.Equal("past", past.GetAttribute("data-phase"));
        Assert.Contains("王强", past.TextContent);
        Assert.DoesNotContain("A002", past.TextContent); // the name, not the code
        Assert.Contains("休息", past.QuerySelector("[data-testid=roster-shift]")!.TextContent);
        Assert.Empty(past.QuerySelectorAll("[data-testid=roster-remove]")); // a past roster stays on record
        var team = rows[1];
        Assert.Equal("upcoming", team.GetAttribute("data-phase"));
        Assert.Contains("全组（在线客服一组）", team.TextContent);
        Assert.Contains("周六", team.TextContent);
        Assert.Equal("10:00–14:00 / 15:00–19:00", team.QuerySelector("[data-testid=roster-shift]")!.TextContent.Trim());
        Assert.Contains("08:00–12:00", cut.Find("[data-testid=rosters-help]").TextContent); // the standard week from the options
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_each_field_the_service_refuses_shows_its_message_on_the_form_and_nothing_is_added()
    {
        SignInAs("hr", Roles.HR);
        var cut = Render<RosterPage>();

        cut.Find("input[data-testid=roster-to]").Change("2026-11-20"); // before the first day (today)
        cut.Find("input[data-testid=roster-start]").Change("09:00");
        cut.Find("input[data-testid=roster-end]").Change("08:30");
        cut.Find("[data-testid=roster-submit]").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("请填写结束日期，且不早于开始日期。", Field(cut, "roster-to"));
            Assert.Contains("请填写下班时间（时:分），且晚于上班时间。", Field(cut, "roster-end"));
        });
        Assert.DoesNotContain("请填写上班时间", Field(cut, "roster-start"));
        Assert.Single(cut.FindAll("[data-testid=no-rosters]"));
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void GEN_01_a_roster_added_on_the_form_for_the_whole_team_appears_in_the_list()
    {
        SignInAs("hr", Roles.HR);
        var cut = Render<RosterPage>();

        cut.Find("input[data-testid=roster-to]").Change("2026-12-31");
        cut.Find("[data-day=Saturday] input").Change(true);
        cut.Find("input[data-testid=roster-start]").Change("10:00");
        cut.Find("input[data-testid=roster-end]").Change("18:00");
        cut.Find("[data-testid=roster-submit]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=roster]")));
        var row = cut.Find("[data-testid=roster]");
        Assert.Contains("全组（在线客服一组）", row.TextContent);
        Assert.Contains("2026-11-22–2026-12-31", row.TextContent);
        Assert.Equal("10:00–18:00", row.QuerySelector("[data-testid=roster-shift]")!.TextContent.Trim());
        Assert.Contains("周六", row.TextContent);
        Assert.Contains("排班已添加", cut.Find("[data-testid=rosters-notice]").TextContent);
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public async Task GEN_01_taking_back_an_upcoming_roster_withdraws_it_and_a_begun_one_now_ends_yesterday()
    {
        var upcoming = await AddAsync(new RosterRequest(null, "A001", Today.AddDays(3), Today.AddDays(4), null, "12:00", "20:00", null, null, null, null));
        var begun = await AddAsync(new RosterRequest("ONL-1", null, Today.AddDays(-3), Today.AddDays(30), null, "09:00", "17:00", null, null, null, null));
        SignInAs("hr", Roles.HR);
        var cut = Render<RosterPage>();

        cut.Find($"[data-id='{upcoming}'] [data-testid=roster-remove]").Click();
        cut.Find($"[data-id='{upcoming}'] [data-testid=roster-confirm-remove]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"[data-id='{upcoming}']")));
        Assert.Contains("整条撤回", cut.Find("[data-testid=rosters-notice]").TextContent);

        // The first removal re-renders twice (its list, then the page no longer busy): click once the button is enabled again.
        cut.WaitForAssertion(() => Assert.False(cut.Find($"[data-id='{begun}'] [data-testid=roster-remove]").HasAttribute("disabled")));
        cut.Find($"[data-id='{begun}'] [data-testid=roster-remove]").Click();
        cut.Find($"[data-id='{begun}'] [data-testid=roster-confirm-remove]").Click();
        cut.WaitForAssertion(() => Assert.Equal("past", cut.Find($"[data-id='{begun}']").GetAttribute("data-phase")));
        Assert.Contains("2026-11-19–2026-11-21", cut.Find($"[data-id='{begun}']").TextContent);
        Assert.Contains("2026-11-21 结束", cut.Find("[data-testid=rosters-notice]").TextContent);
        Assert.Contains(Audit.Rows, e => e.Detail?.Contains("GEN-01 roster ended", StringComparison.Ordinal) == true);
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public async Task GEN_01_a_supervisor_sees_only_the_rosters_of_their_own_teams()
    {
        await AddAsync(new RosterRequest("ONL-1", null, Today, Today.AddDays(7), null, "09:00", "17:00", null, null, null, "一组"));
        await AddAsync(new RosterRequest("PHN-2", null, Today, Today.AddDays(7), null, "11:00", "19:00", null, null, null, "二组"));
        SignInAs("supervisor2", Roles.Supervisor);

        var cut = Render<RosterPage>();

        var row = cut.Find("[data-testid=roster]");
        Assert.Contains("全组（电话客服二组）", row.TextContent);
        Assert.Single(cut.FindAll("[data-testid=roster]"));
        Assert.DoesNotContain("在线客服一组", cut.Markup);
    }
}
