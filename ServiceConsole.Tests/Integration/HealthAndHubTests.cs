using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration;

public sealed class HealthAndHubTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task Healthz_reports_the_database_and_the_scheduler()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_contact_posted_to_the_api_reaches_a_hub_client_as_contactChanged()
    {
        var server = factory.Server;
        var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["X-Api-Key"] = ConsoleAppFactory.ApiKey;
            })
            .Build();
        hub.On<JsonElement>("contactChanged", contact =>
        {
            if (contact.GetProperty("externalId").GetString() == "hub-1")
            {
                received.TrySetResult(contact);
            }
        });
        await hub.StartAsync();

        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "hub-1",
            channel = "online",
            customerName = "孙先生",
            customerPhone = "13500135000",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var pushed = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("waiting", pushed.GetProperty("status").GetString());
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
