using Bunit;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>The coordinator's screen: switches that need a reason, weather's phases, the log and live changes.</summary>
public sealed class CoordinatorScreenTests : CoordinatorTestContext
{
    private IRenderedComponent<CoordinatorScreen> RenderAsCoordinator()
    {
        SignInAs("coordinator", Roles.Coordinator);
        return Render<CoordinatorScreen>();
    }

    private static string Card(string mode) => $"[data-testid=mode-card][data-mode={mode}]";

    [Theory]
    [Trait("Rule", "EMG-07")]
    [InlineData("")]
    [InlineData("   ")]
    public void EMG_07_switching_a_mode_on_without_a_reason_marks_the_reason_field_and_sends_nothing(string reason)
    {
        var cut = RenderAsCoordinator();

        cut.Find($"{Card("weather")} [data-field=reason] input").Input(reason);
        cut.Find($"{Card("weather")} [data-testid=switch-on]").Click();

        var field = cut.Find($"{Card("weather")} [data-field=reason]");
        Assert.Contains("请填写切换原因", field.TextContent);
        Assert.NotNull(field.QuerySelector(".mud-input-error"));
        Assert.Empty(Coordinator.Calls);
        Assert.False(Coordinator.Mode(EmergencyMode.Weather).Active);
        Assert.Equal("false", cut.Find(Card("weather")).GetAttribute("data-active"));
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    [Trait("Rule", "EMG-01")]
    public void EMG_07_with_a_reason_weather_mode_goes_on_at_warning_and_the_log_names_who_and_why()
    {
        var cut = RenderAsCoordinator();
        cut.Find($"{Card("weather")} [data-testid=switch-on]").Click();
        Assert.Contains("请填写切换原因", cut.Find($"{Card("weather")} [data-field=reason]").TextContent);

        cut.Find($"{Card("weather")} [data-field=reason] input").Input("台风“海葵”红色预警");
        Assert.DoesNotContain("请填写切换原因", cut.Find($"{Card("weather")} [data-field=reason]").TextContent);
        cut.Find($"{Card("weather")} [data-testid=switch-on]").Click();

        Assert.Equal([("weather", "activate", "台风“海葵”红色预警", (string?)null, false, "coordinator")], Coordinator.Calls);
        cut.WaitForAssertion(() => Assert.Equal("warning", cut.Find(Card("weather")).GetAttribute("data-phase")));
        Assert.Equal("true", cut.Find(Card("weather")).GetAttribute("data-active"));
        Assert.Contains("台风“海葵”红色预警", cut.Find($"{Card("weather")} [data-testid=mode-reason]").TextContent);
        Assert.Contains("陈协调 · 11-22 16:00", cut.Find($"{Card("weather")} [data-testid=mode-changed]").TextContent);
        var entry = cut.Find("[data-testid=log-entry]");
        Assert.Equal("activate", entry.GetAttribute("data-action"));
        Assert.Contains("陈协调", entry.TextContent); // by name, not login
        Assert.Contains("台风“海葵”红色预警", entry.TextContent);
        // The field is empty again: the next switch needs its own reason.
        Assert.Equal("", cut.Find($"{Card("weather")} [data-field=reason] input").GetAttribute("value") ?? "");
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_01_only_weather_mode_walks_through_phases_and_offers_the_other_two_as_buttons()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风预警");
        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "系统中断");
        await SwitchOnElsewhereAsync(EmergencyMode.MassComplaint, "网点延误");

        var cut = RenderAsCoordinator();

        Assert.Equal(["warning", "response", "recovery"], cut.FindAll($"{Card("weather")} [data-testid=phase-track] li").Select(li => li.GetAttribute("data-phase")));
        Assert.Contains("sc-phase--current", cut.Find($"{Card("weather")} [data-testid=phase-track] li[data-phase=warning]").ClassName);
        Assert.Equal(["response", "recovery"], cut.FindAll($"{Card("weather")} [data-testid=phase-button]").Select(b => b.GetAttribute("data-phase")));
        Assert.Empty(cut.FindAll($"{Card("outage")} [data-testid=phase-button]"));
        Assert.Empty(cut.FindAll($"{Card("outage")} [data-testid=phase-track]"));
        Assert.Empty(cut.FindAll($"{Card("mass-complaint")} [data-testid=phase-button]"));
        Assert.Single(cut.FindAll($"{Card("outage")} [data-testid=switch-off]"));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    [Trait("Rule", "EMG-07")]
    public async Task EMG_01_the_phase_buttons_move_weather_from_warning_to_response_to_recovery_each_with_a_reason()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风预警");
        var cut = RenderAsCoordinator();

        cut.Find($"{Card("weather")} [data-testid=phase-button][data-phase=response]").Click();
        Assert.DoesNotContain(Coordinator.Calls, c => c.Actor == "coordinator");
        Assert.Contains("请填写切换原因", cut.Find($"{Card("weather")} [data-field=reason]").TextContent);

        Time.Advance(TimeSpan.FromMinutes(1));
        cut.Find($"{Card("weather")} [data-field=reason] input").Input("台风登陆,转入响应");
        cut.Find($"{Card("weather")} [data-testid=phase-button][data-phase=response]").Click();
        cut.WaitForAssertion(() => Assert.Equal("response", cut.Find(Card("weather")).GetAttribute("data-phase")));
        Assert.Equal(["warning", "recovery"], cut.FindAll($"{Card("weather")} [data-testid=phase-button]").Select(b => b.GetAttribute("data-phase")));

        Time.Advance(TimeSpan.FromMinutes(1));
        cut.Find($"{Card("weather")} [data-field=reason] input").Input("台风过境,开始回访");
        cut.Find($"{Card("weather")} [data-testid=phase-button][data-phase=recovery]").Click();

        cut.WaitForAssertion(() => Assert.Equal("recovery", cut.Find(Card("weather")).GetAttribute("data-phase")));
        Assert.Equal(
            [("response", "台风登陆,转入响应"), ("recovery", "台风过境,开始回访")],
            Coordinator.Calls.Where(c => c.Actor == "coordinator").Select(c => (c.Phase, c.Reason)));
        Assert.Equal(["phase", "phase", "activate"], cut.FindAll("[data-testid=log-entry]").Select(r => r.GetAttribute("data-action")));
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    public async Task EMG_07_the_log_lists_every_change_newest_first_with_when_who_and_why()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "呼叫中心系统中断");          // 16:01
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风预警");                // 16:02
        await SwitchOffElsewhereAsync(EmergencyMode.Outage, "系统已恢复");               // 16:03
        await SwitchOnElsewhereAsync(EmergencyMode.MassComplaint, "月度演练", drill: true); // 16:04

        var cut = RenderAsCoordinator();
        var rows = cut.FindAll("[data-testid=log-entry]");

        Assert.Equal(
            [("mass-complaint", "activate"), ("outage", "deactivate"), ("weather", "activate"), ("outage", "activate")],
            rows.Select(r => (r.GetAttribute("data-mode"), r.GetAttribute("data-action"))));
        Assert.Contains("2026-11-22 16:04:00", rows[0].TextContent);
        Assert.Contains("2026-11-22 16:01:00", rows[3].TextContent);
        Assert.Contains("api-caller", rows[1].TextContent);
        Assert.Contains("系统已恢复", rows[1].TextContent);
        Assert.Equal(["true", "false", "false", "false"], rows.Select(r => r.GetAttribute("data-drill")));
        Assert.Contains("演练", rows[0].QuerySelector(".sc-drill-tag")!.TextContent);
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    public async Task EMG_07_a_mode_switched_elsewhere_shows_on_the_open_screen_without_a_reload()
    {
        var cut = RenderAsCoordinator();
        Assert.Single(cut.FindAll("[data-testid=log-empty]"));

        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "呼叫中心系统中断");

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(Card("outage")).GetAttribute("data-active")));
        Assert.Contains("呼叫中心系统中断", cut.Find($"{Card("outage")} [data-testid=mode-reason]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=log-entry]"));

        await SwitchOffElsewhereAsync(EmergencyMode.Outage, "系统已恢复");

        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find(Card("outage")).GetAttribute("data-active")));
        Assert.Equal(2, cut.FindAll("[data-testid=log-entry]").Count);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_a_drill_is_marked_on_its_card_and_a_phase_change_keeps_it_a_drill()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "月度演练", drill: true);
        var cut = RenderAsCoordinator();

        Assert.Equal("true", cut.Find(Card("weather")).GetAttribute("data-drill"));
        Assert.Contains("演练", cut.Find($"{Card("weather")} [data-testid=drill-tag]").TextContent);
        Assert.Empty(cut.FindAll($"{Card("outage")} [data-testid=drill-tag]"));

        cut.Find($"{Card("weather")} [data-field=reason] input").Input("演练:转入响应");
        cut.Find($"{Card("weather")} [data-testid=phase-button][data-phase=response]").Click();

        Assert.True(Coordinator.Calls[^1].Drill);
        cut.WaitForAssertion(() => Assert.Equal("response", cut.Find(Card("weather")).GetAttribute("data-phase")));
        Assert.Equal("true", cut.Find(Card("weather")).GetAttribute("data-drill"));
    }

    [Fact]
    public async Task A_switch_the_service_refuses_is_reported_on_the_card_with_its_reason()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "系统中断");
        var cut = RenderAsCoordinator();
        // Switched off elsewhere, but the change has not reached this screen yet.
        Coordinator.DeactivateSilently(EmergencyMode.Outage, "已恢复");

        cut.Find($"{Card("outage")} [data-field=reason] input").Input("系统恢复");
        cut.Find($"{Card("outage")} [data-testid=switch-off]").Click();

        Assert.Contains("切换未成功", cut.Find($"{Card("outage")} [data-testid=switch-failed]").TextContent);
        Assert.Contains("冲突", cut.Find($"{Card("outage")} [data-testid=switch-failed]").TextContent); // in the viewer's words, not the service's English
    }
}
