using System.Net;
using System.Net.Http.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>Who reaches the coordinator screen at /emergency, and the global emergency bar on a server-rendered page.</summary>
public sealed class CoordinatorPageTests(CoordinatorPageTests.Factory factory) : IClassFixture<CoordinatorPageTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private async Task<string> PageAsync(string userName, string path)
    {
        var client = await factory.SignInAsync(userName, DemoOptions.DefaultPassword);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("admin")]
    public async Task A_coordinator_or_an_admin_gets_the_modes_with_their_switches(string userName)
    {
        var html = await PageAsync(userName, "/emergency");

        Assert.Contains("data-testid=\"coordinator-screen\"", html);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"switch-on\"").Count);
        Assert.DoesNotContain("data-testid=\"read-only\"", html);
    }

    [Fact]
    public async Task A_supervisor_reads_the_modes_without_switches()
    {
        var html = await PageAsync("supervisor", "/emergency");

        Assert.Contains("data-testid=\"coordinator-screen\"", html);
        Assert.Contains("data-testid=\"read-only\"", html);
        Assert.DoesNotContain("data-testid=\"switch-on\"", html);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("trainer")]
    public async Task Other_roles_are_turned_away_from_the_coordinator_screen(string userName)
    {
        var client = await factory.SignInAsync(userName, DemoOptions.DefaultPassword);

        var response = await client.GetAsync("/emergency");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    [Trait("Rule", "EMG-07")]
    public async Task EMG_07_an_active_mode_shows_as_a_bar_on_a_page_that_has_nothing_to_do_with_emergencies()
    {
        var api = factory.CreateApiClient();
        var before = await PageAsync("hr", "/");
        try
        {
            var switched = await api.PostAsJsonAsync("/api/v1/emergency/outage/activate", new { reason = "呼叫中心系统中断 (page test)" });
            Assert.Equal(HttpStatusCode.OK, switched.StatusCode);

            var during = await PageAsync("hr", "/");

            Assert.DoesNotContain("data-testid=\"emergency-banner\"", before);
            Assert.Contains("data-testid=\"emergency-banner\"", during);
            Assert.Contains("呼叫中心系统中断 (page test)", during);
        }
        finally
        {
            await api.PostAsJsonAsync("/api/v1/emergency/outage/deactivate", new { reason = "系统已恢复 (page test)" });
        }
    }
}
