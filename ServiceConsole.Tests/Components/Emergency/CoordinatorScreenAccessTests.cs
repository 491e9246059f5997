using Bunit;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>Around the coordinator's switches: who may use them, where the screen leads, and letting go on leaving.</summary>
public sealed class CoordinatorScreenAccessTests : CoordinatorTestContext
{
    private IRenderedComponent<CoordinatorScreen> RenderAsCoordinator()
    {
        SignInAs("coordinator", Roles.Coordinator);
        return Render<CoordinatorScreen>();
    }

    [Fact]
    public async Task A_supervisor_sees_the_modes_and_the_log_but_no_switch()
    {
        await SwitchOnElsewhereAsync(EmergencyMode.Weather, "台风预警");
        SignInAs("supervisor", Roles.Supervisor);

        var cut = Render<CoordinatorScreen>();

        Assert.Equal(3, cut.FindAll("[data-testid=mode-card]").Count);
        Assert.Single(cut.FindAll("[data-testid=log-entry]"));
        Assert.Single(cut.FindAll("[data-testid=read-only]"));
        Assert.Empty(cut.FindAll("[data-field=reason]"));
        Assert.Empty(cut.FindAll("[data-testid=switch-on], [data-testid=switch-off], [data-testid=phase-button]"));
    }

    [Fact]
    public void An_admin_may_switch_like_a_coordinator()
    {
        SignInAs("admin", Roles.Admin);

        var cut = Render<CoordinatorScreen>();

        Assert.Equal(3, cut.FindAll("[data-testid=switch-on]").Count);
        Assert.Empty(cut.FindAll("[data-testid=read-only]"));
    }

    [Fact]
    public void Each_mode_links_to_its_own_page_and_the_screen_to_drills_and_supplies()
    {
        var cut = RenderAsCoordinator();

        Assert.Equal(
            ["/emergency/weather", "/emergency/outage", "/emergency/mass"],
            cut.FindAll("[data-testid=mode-detail]").Select(a => a.GetAttribute("href")));
        Assert.Equal("/drills", cut.Find("[data-testid=link-drills]").GetAttribute("href"));
        Assert.Equal("/supplies", cut.Find("[data-testid=link-supplies]").GetAttribute("href"));
    }

    [Fact]
    public async Task Leaving_the_screen_releases_its_change_feed_subscription()
    {
        var before = Feed.SubscriberCount;
        RenderAsCoordinator();
        Assert.Equal(before + 1, Feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(before, Feed.SubscriberCount);
    }
}
