using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Demo;

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
    [InlineData("supervisor", "data-testid=\"supervisor-board\"")]
    [InlineData("agent", "data-testid=\"agent-workspace\"")]
    [InlineData("coordinator", "data-testid=\"coordinator-screen\"")]
    [InlineData("trainer", "data-testid=\"trainer-home\"")]
    [InlineData("specialist", "data-testid=\"complaint-desk\"")]
    [InlineData("hr", "data-testid=\"hr-desk\"")]
    [InlineData("supervision", "data-testid=\"promotions-page\"")]
    [InlineData("admin", "data-testid=\"users-table\"")]
    public async Task Every_documented_login_signs_in_and_lands_on_its_own_screen(string userName, string marker)
    {
        var client = await factory.SignInAsync(userName, DemoOptions.DefaultPassword);

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains(marker, html);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(html, "data-role=\"|data-testid=\"(supervisor-board|agent-workspace|coordinator-screen|complaint-desk|users-table|trainer-home|promotions-page)\"").Count == 1);
    }

    [Fact]
    public async Task A_wrong_password_sends_back_to_the_sign_in_page_with_the_reason()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "supervisor",
            ["password"] = "wrong-password",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        var shown = await client.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.StartsWith("/account/login?error=invalid", response.Headers.Location.OriginalString);
        Assert.Contains("用户名或密码错误", shown);
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task INF_05_an_agent_may_not_queue_a_contact_to_another_agent_nor_read_others_contacts_or_complaints()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        var api = factory.CreateApiClient();
        var others = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "scoped-a002",
            channel = "online",
            customerName = "吴女士",
            customerPhone = "13800138222",
            agentCode = "A002",
        });
        var othersId = (await others.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id");

        var queueToOther = await agent.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "scoped-by-agent",
            channel = "online",
            customerName = "吴女士",
            customerPhone = "13800138222",
            agentCode = "A002",
        });
        var readOther = await agent.GetAsync($"/api/v1/contacts/{othersId}");
        var answerOther = await agent.PostAsJsonAsync($"/api/v1/contacts/{othersId}/answer", new { agentCode = "A001" });
        var complaints = await agent.GetFromJsonAsync<JsonElement>("/api/v1/complaints?status=all");

        Assert.Equal(HttpStatusCode.Forbidden, queueToOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answerOther.StatusCode);
        Assert.All(complaints.GetProperty("items").EnumerateArray(), c => Assert.Equal("A001", c.GetProperty("assignee").GetString()));
    }

    [Fact]
    public async Task An_agent_on_the_hub_receives_its_own_contacts_and_not_another_agents()
    {
        var (_, cookie) = await factory.SignInWithCookieAsync("agent", DemoOptions.DefaultPassword);
        await using var hub = await HubClient.ConnectAsync(factory, cookie: cookie);
        await using var supervisorHub = await HubClient.ConnectAsync(factory, apiKey: ConsoleAppFactory.ApiKey);
        var api = factory.CreateApiClient();

        foreach (var (externalId, agentCode) in new[] { ("hub-scope-other", "A003"), ("hub-scope-own", "A001") })
        {
            var response = await api.PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId,
                channel = "online",
                customerName = "郑先生",
                customerPhone = "13800138333",
                agentCode,
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await hub.WaitForAsync("contactChanged", c => c.GetProperty("externalId").GetString() == "hub-scope-own");
        await supervisorHub.WaitForAsync("contactChanged", c => c.GetProperty("externalId").GetString() == "hub-scope-other");
        Assert.False(hub.Saw("contactChanged", c => c.GetProperty("externalId").GetString() == "hub-scope-other"));
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
