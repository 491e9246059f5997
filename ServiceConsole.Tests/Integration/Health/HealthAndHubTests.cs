using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Health;

public sealed class HealthAndHubTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Healthz_reports_the_database_and_the_scheduler()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Contacts_complaints_and_mode_changes_posted_to_the_api_reach_a_hub_client()
    {
        await using var hub = await HubClient.ConnectAsync(factory, apiKey: ConsoleAppFactory.ApiKey);
        var api = factory.CreateApiClient();

        var contact = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "hub-1",
            channel = "online",
            customerName = "孙先生",
            customerPhone = "13500135000",
        });
        var complaint = await api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "hub-complaint-1",
            channel = "online",
            customerName = "孙先生",
            customerPhone = "13500135000",
            waybillNo = "YD5555555555555",
            outletCode = "NJ-GS-01",
            category = "damage",
            itemValue = 120,
            demand = "赔偿",
        });
        var outage = await api.PostAsJsonAsync("/api/v1/emergency/outage/activate", new { reason = "物流系统无法查询" });

        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        Assert.Equal(HttpStatusCode.Created, complaint.StatusCode);
        Assert.Equal(HttpStatusCode.OK, outage.StatusCode);
        var pushedContact = await hub.WaitForAsync("contactChanged", c => c.GetProperty("externalId").GetString() == "hub-1");
        var pushedComplaint = await hub.WaitForAsync("complaintChanged", c => c.GetProperty("externalId").GetString() == "hub-complaint-1");
        var pushedMode = await hub.WaitForAsync("emergencyChanged", m => m.GetProperty("mode").GetString() == "outage");
        Assert.Equal("waiting", pushedContact.GetProperty("status").GetString());
        Assert.Equal("general", pushedComplaint.GetProperty("severity").GetString());
        Assert.True(pushedMode.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_supervisor_changing_an_agents_status_reaches_hub_clients_as_agentChanged()
    {
        await using var hub = await HubClient.ConnectAsync(factory, apiKey: ConsoleAppFactory.ApiKey);
        await factory.SeedAgentAsync("A777", "phone");
        var actions = factory.Services.GetRequiredService<ServiceConsole.Web.Features.Board.ISupervisorActions>();

        var result = await actions.ChangeStatusAsync("A777", ServiceConsole.Domain.Agents.AgentStatus.Away, new ServiceConsole.Web.Common.Actor("supervisor", null, false));

        Assert.True(result.Succeeded);
        var pushed = await hub.WaitForAsync("agentChanged", a => a.GetProperty("code").GetString() == "A777");
        Assert.Equal("away", pushed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_hub_refuses_a_caller_without_credentials()
    {
        var server = factory.Server;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task The_api_documents_itself_as_openapi()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/contacts", out _));
        Assert.True(paths.TryGetProperty("/api/v1/complaints/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/emergency/{mode}/activate", out _));
    }
}
