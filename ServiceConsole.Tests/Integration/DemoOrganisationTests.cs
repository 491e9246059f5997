using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration;

/// <summary>The demo centre with its documented logins, signing in through the real form.</summary>
public sealed class DemoOrganisationTests(DemoOrganisationTests.Factory factory) : IClassFixture<DemoOrganisationTests.Factory>
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
    public async Task The_demo_centre_has_at_least_forty_agents_over_the_three_channels()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var agents = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/agents");

        Assert.True(agents.GetArrayLength() >= 40);
        Assert.Equal(["offline", "online", "phone"], agents.EnumerateArray().Select(a => a.GetProperty("channel").GetString()!).Distinct().Order().ToArray());
        Assert.Contains(agents.EnumerateArray(), a => a.GetProperty("code").GetString() == "A001");
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("agent")]
    [InlineData("coordinator")]
    [InlineData("trainer")]
    [InlineData("specialist")]
    [InlineData("hr")]
    [InlineData("admin")]
    public async Task Every_documented_login_signs_in_and_lands_on_its_home_page(string userName)
    {
        var client = await factory.SignInAsync(userName, DemoOptions.DefaultPassword);

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("data-role=", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("supervisor", "wrong-password"));
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_the_sign_in_page_and_the_api_answers_401()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/");
        var api = await client.GetAsync("/api/v1/agents");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.PathAndQuery ?? page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task An_agent_may_not_switch_emergency_modes_or_read_another_agents_kpis_but_reads_its_own()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var activate = await agent.PostAsJsonAsync("/api/v1/emergency/outage/activate", new { reason = "test" });
        var others = await agent.GetAsync("/api/v1/agents/A002/kpi?month=2026-11");
        var own = await agent.GetAsync("/api/v1/agents/A001/kpi?month=2026-11");

        Assert.Equal(HttpStatusCode.Forbidden, activate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task CMP_04_a_major_complaint_is_handed_to_a_complaint_specialist_at_once()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var response = await agent.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "demo-major-1",
            channel = "phone",
            customerName = "周先生",
            customerPhone = "13600136000",
            waybillNo = "YD1234567890123",
            outletCode = "HZ-XH-01",
            category = "loss",
            itemValue = 900,
            demand = "赔偿损失",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var complaint = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("major", complaint.GetProperty("severity").GetString());
        Assert.StartsWith("specialist", complaint.GetProperty("assignee").GetString());
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public async Task SVC_07_an_agents_kpis_come_with_the_policy_targets()
    {
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);

        var kpi = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/agents/A001/kpi?month=2026-11");

        Assert.Equal(0.95, kpi.GetProperty("targets").GetProperty("responseCompliance").GetDouble());
        Assert.Equal(0.90, kpi.GetProperty("targets").GetProperty("firstContactResolution").GetDouble());
        Assert.Equal(4.5, kpi.GetProperty("targets").GetProperty("satisfaction").GetDouble());
    }
}
