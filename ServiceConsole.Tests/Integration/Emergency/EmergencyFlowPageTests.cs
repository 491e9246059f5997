using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>The outage, paper-form and weather screens and the workspace's emergency script as the browser first receives them.</summary>
public sealed class EmergencyFlowPageTests(EmergencyFlowPageTests.Factory factory) : IClassFixture<EmergencyFlowPageTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public async Task EMG_02_an_agents_report_reaches_the_supervisors_screen_and_the_restored_notice_the_agents_workspace()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var report = await agent.PostAsJsonAsync("/api/v1/emergency/outage/report", new { description = "查件系统打不开" });
        var agentAck = await agent.PostAsync("/api/v1/emergency/outage/acknowledge", null);

        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal("A001", (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("noticedBy").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, agentAck.StatusCode);
        var board = await supervisor.GetStringAsync("/emergency/outage");
        Assert.Contains("data-state=\"down\"", board);
        Assert.Contains("data-testid=\"acknowledge\"", board);
        Assert.Contains("data-deadline=", board);
        Assert.DoesNotContain("data-testid=\"acknowledge\"", await agent.GetStringAsync("/emergency/outage"));
        Assert.Contains("data-kind=\"outage-reported\"", await agent.GetStringAsync("/"));

        (await supervisor.PostAsJsonAsync("/api/v1/emergency/outage/restore", new { })).EnsureSuccessStatusCode();

        var workspace = await agent.GetStringAsync("/");
        Assert.Contains("data-kind=\"outage-restored\"", workspace);
        Assert.Contains("恢复正常", workspace);
        Assert.Contains("data-state=\"restored\"", await supervisor.GetStringAsync("/emergency/outage"));
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public async Task EMG_06_the_paper_form_is_a_page_of_its_own_with_the_print_style_sheet()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var html = await agent.GetStringAsync("/emergency/outage/paper-form");
        var css = await agent.GetStringAsync("/assets/print.css");

        Assert.Contains("data-testid=\"paper-form\"", html);
        Assert.Contains("assets/print.css", html);
        Assert.Contains("@media print", css);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_01_the_weather_screen_shows_the_phase_and_lets_a_coordinator_name_the_hub()
    {
        var coordinator = await factory.SignInAsync("coordinator", DemoOptions.DefaultPassword);
        (await coordinator.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { reason = "暴雨红色预警", phase = "response" })).EnsureSuccessStatusCode();

        var html = await coordinator.GetStringAsync("/emergency/weather");

        Assert.Contains("data-phase=\"response\"", html);
        Assert.Contains("data-testid=\"hub-missing\"", html);
        Assert.Contains("data-testid=\"save-hub\"", html);
        Assert.Contains("data-testid=\"weather-request-form\"", html);
        (await coordinator.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "解除" })).EnsureSuccessStatusCode();
    }
}
