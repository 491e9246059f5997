using System.Net;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Account;

/// <summary>A person whose role may not open a page gets a page that says so; a machine gets its 403.</summary>
public sealed class AccessDeniedPageTests(AccessDeniedPageTests.Factory factory) : IClassFixture<AccessDeniedPageTests.Factory>
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
    public async Task An_agent_sent_away_from_the_drills_gets_a_page_in_their_language_not_json()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var refused = await agent.GetAsync("/drills");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var denied = await agent.GetAsync(refused.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        Assert.Equal("text/html", denied.Content.Headers.ContentType?.MediaType);
        var html = await denied.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"access-denied\"", html);
        Assert.Contains("无法打开此页面", html);
        Assert.Contains("您的角色(客服)无权打开此页面。", html);
        Assert.Contains("/drills", html);
        Assert.Contains("action=\"/account/logout\"", html);
        Assert.DoesNotContain("\"title\":", html);
    }

    [Fact]
    public async Task The_denied_page_speaks_english_after_the_switch()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        await agent.GetAsync("/account/culture?culture=en&returnUrl=/");

        var html = await agent.GetStringAsync("/account/denied");

        Assert.Contains("You cannot open this page", html);
        Assert.Contains("Your role (Agent) may not open this page.", html);
    }

    [Fact]
    public async Task The_api_keeps_answering_403_to_a_signed_in_person_without_the_role()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var response = await agent.GetAsync("/api/v1/agents");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_refused_page_named_in_the_link_is_shown_only_when_it_is_on_this_site()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var html = await agent.GetStringAsync("/account/denied?ReturnUrl=" + Uri.EscapeDataString("//evil.example/x"));

        Assert.Contains("data-testid=\"access-denied\"", html);
        Assert.DoesNotContain("您要打开的页面", html);
    }
}
