using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Retention;

/// <summary>INF-08: the purge's API belongs to admins; every other caller is refused.</summary>
public sealed class RetentionApiTests(RetentionApiTests.Factory factory) : IClassFixture<RetentionApiTests.Factory>
{
    private const string Password = "Demo@2026";

    public sealed class Factory : RetentionTestFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_an_admin_runs_the_purge_and_reads_the_runs_newest_first()
    {
        var admin = await factory.SignInAsync("admin", Password);
        await factory.AddCustomerAsync("接口客户", "13900009999", 900);

        var response = await admin.PostAsync("/api/v1/retention/run", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("admin", run.GetProperty("startedBy").GetString());
        Assert.True(run.GetProperty("deleted").GetProperty("customers").GetInt32() >= 1);
        Assert.True(run.GetProperty("cutoffs").TryGetProperty("customerData", out _));

        var second = await (await admin.PostAsync("/api/v1/retention/run", null)).Content.ReadFromJsonAsync<JsonElement>();
        var runs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/retention/runs");
        Assert.Equal(second.GetProperty("id").GetString(), runs[0].GetProperty("id").GetString());
        Assert.Equal(run.GetProperty("id").GetString(), runs[1].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("agent")]
    [InlineData("coordinator")]
    [InlineData("hr")]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_no_one_but_an_admin_reads_or_runs_the_purge(string login)
    {
        var client = await factory.SignInAsync(login, Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/retention/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/retention/run", null)).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-08")]
    public async Task INF_08_the_integration_key_cannot_read_or_run_the_purge()
    {
        var api = factory.CreateApiClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/retention/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/v1/retention/run", null)).StatusCode);
    }
}
