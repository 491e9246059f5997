using Bunit;
using Microsoft.AspNetCore.Components;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>The emergency bars above every signed-in screen: live, one per active mode, drills unmistakable, never twice.</summary>
public sealed class GlobalEmergencyBannerTests : CoordinatorTestContext
{
    private readonly EmergencyBannerHost _host = new();

    private IRenderedComponent<GlobalEmergencyBanner> RenderBanner() =>
        Render<GlobalEmergencyBanner>(p => p.Add(b => b.Host, _host));

    [Fact]
    [Trait("Rule", "EMG-07")]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_07_a_mode_switched_on_anywhere_appears_as_a_bar_and_goes_when_it_is_switched_off()
    {
        var cut = RenderBanner();
        Assert.Empty(cut.FindAll("[data-testid=emergency-banner]"));

        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风“海葵”红色预警", phase: "warning");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=emergency-banner]")));
        var bar = cut.Find("[data-testid=emergency-banner]");
        Assert.Equal("weather", bar.GetAttribute("data-mode"));
        Assert.Contains("紧急模式:自然灾害", bar.TextContent);
        Assert.Contains("阶段:预警", bar.TextContent);
        Assert.Contains("台风“海葵”红色预警", bar.TextContent);
        Assert.Contains("11-22 16:01 起", bar.TextContent);

        await SwitchOffElsewhereAsync(EmergencyMode.Weather, "预警解除");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=emergency-banner]")));
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task A_phase_change_elsewhere_updates_the_bar_in_place()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风预警");
        var cut = RenderBanner();
        Assert.Equal("warning", cut.Find("[data-testid=emergency-banner]").GetAttribute("data-phase"));

        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风登陆", phase: "response");

        cut.WaitForAssertion(() => Assert.Equal("response", cut.Find("[data-testid=emergency-banner]").GetAttribute("data-phase")));
        Assert.Contains("阶段:响应", cut.Find("[data-testid=emergency-banner]").TextContent);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_a_drill_bar_is_striped_and_says_drill_while_a_real_emergency_is_red_and_does_not()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "呼叫中心系统中断");
        await SwitchOnElsewhereAsync(EmergencyMode.MassComplaint, "每月演练", drill: true);

        var cut = RenderBanner();
        var real = cut.Find("[data-testid=emergency-banner][data-mode=outage]");
        var drill = cut.Find("[data-testid=emergency-banner][data-mode=mass-complaint]");

        Assert.Equal("false", real.GetAttribute("data-drill"));
        Assert.Contains("sc-ebar--live", real.ClassName);
        Assert.DoesNotContain("sc-ebar--drill", real.ClassName);
        Assert.DoesNotContain("演练", real.TextContent);
        Assert.Equal("true", drill.GetAttribute("data-drill"));
        Assert.Contains("sc-ebar--drill", drill.ClassName);
        Assert.DoesNotContain("sc-ebar--live", drill.ClassName);
        Assert.Equal("演练", drill.QuerySelector("[data-testid=banner-drill-tag]")!.TextContent);
        Assert.Contains("演练状态,不涉及真实客户", drill.TextContent);
    }

    [Fact]
    public async Task The_bar_stands_aside_while_the_board_shows_its_own_banners_and_returns_when_the_board_goes()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Outage, "呼叫中心系统中断");
        var cut = RenderBanner();
        Assert.Single(cut.FindAll("[data-testid=emergency-banner]"));

        var board = Render<CascadingValue<EmergencyBannerHost>>(p => p
            .Add(c => c.Value, _host)
            .Add(c => c.IsFixed, true)
            .AddChildContent<EmergencyBanners>(b => b.Add(x => x.Emergencies, [new BoardEmergency("outage", null, false, Now, "呼叫中心系统中断")])));

        Assert.True(_host.ShownByPage);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=emergency-banner]")));
        Assert.Single(board.FindAll("[data-testid=emergency-banner]"));

        board.Render(p => p.Add(c => c.Value, _host).Add(c => c.IsFixed, true).Add(c => c.ChildContent, (RenderFragment)(_ => { })));

        Assert.False(_host.ShownByPage);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=emergency-banner]")));
    }

    [Fact]
    public async Task Closing_the_screen_releases_the_bars_change_feed_subscription()
    {
        var before = Feed.SubscriberCount;
        RenderBanner();
        Assert.Equal(before + 1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(before, Feed.SubscriberCount);
    }
}
