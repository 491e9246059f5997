using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Board;

/// <summary>The board and the complaint detail as the supervisor's browser first receives them.</summary>
public sealed class BoardPageTests(BoardPageTests.Factory factory) : IClassFixture<BoardPageTests.Factory>
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
    public async Task A_supervisor_lands_on_the_board_with_every_agent_and_the_countdown_script()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var html = await supervisor.GetStringAsync("/");

        Assert.Contains("data-testid=\"supervisor-board\"", html);
        Assert.Contains("data-agent=\"A001\"", html);
        Assert.Contains("data-agent=\"A042\"", html);
        Assert.Contains("assets/countdown.js", html);
        Assert.Contains("data-testid=\"filter-team\"", html);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_complaint_opens_on_its_own_page_with_its_history()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        var created = await supervisor.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "board-detail-1", channel = "phone", customerName = "李先生", customerPhone = "13900139000",
            waybillNo = "YD4312345678901", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, demand = "尽快送达",
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var html = await supervisor.GetStringAsync($"/complaints/{id}");

        Assert.Contains("data-testid=\"complaint-history\"", html);
        Assert.Contains("data-action=\"registered\"", html);
        Assert.Contains("YD4312345678901", html);
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task An_agent_opens_the_page_of_a_complaint_they_registered_but_not_found_for_anyone_elses()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        var own = await agent.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "board-agent-own", channel = "online", customerName = "王女士", customerPhone = "13800138000",
            waybillNo = "YD4312340000001", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, demand = "尽快送达",
        });
        own.EnsureSuccessStatusCode();
        var other = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "board-agent-other", channel = "phone", customerName = "赵先生", customerPhone = "13700137000",
            waybillNo = "YD4312340000002", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, demand = "尽快送达",
        });
        other.EnsureSuccessStatusCode();

        var ownHtml = await agent.GetStringAsync($"/complaints/{await IdOfAsync(own)}");
        var otherHtml = await agent.GetStringAsync($"/complaints/{await IdOfAsync(other)}");

        Assert.Contains("data-testid=\"action-verify\"", ownHtml);
        Assert.Contains("data-testid=\"complaint-not-found\"", otherHtml);
        Assert.DoesNotContain("YD4312340000002", otherHtml);
    }

    private static async Task<string?> IdOfAsync(HttpResponseMessage created) =>
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
}
