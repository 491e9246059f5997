using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Integration.Customers;

/// <summary>INF-07: an integration configured as a trusted system (ServiceConsole:Ingest:FullAccess) reads every customer in clear.</summary>
public sealed class FullAccessIntegrationTests(FullAccessIntegrationTests.Factory factory) : IClassFixture<FullAccessIntegrationTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Settings["ServiceConsole:Ingest:FullAccess"] = "true";
        }
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    public async Task A_trusted_integration_reads_an_agent_s_complaint_in_clear()
    {
        var byAgent = await factory.Services.GetRequiredService<ComplaintService>().CreateAsync(
            new ComplaintCreateRequest("full-1", "phone", "李先生", "13933335555", "YD4312345670002", "HZ-XH-01", "delay", 1, null, null, null, null, 12, "尽快处理", null, null),
            new Actor("agent", "A001", ActsOnlyAsAgent: true));

        var seen = await factory.CreateApiClient().GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{byAgent.Value!.Id}");

        Assert.Equal("13933335555", seen.GetProperty("customerPhone").GetString());
    }
}
