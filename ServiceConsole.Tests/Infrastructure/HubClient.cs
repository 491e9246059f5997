using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>A live-hub listener over the test server that records every message it receives.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<(string Message, JsonElement Payload)> _received = new();

    private HubClient(HubConnection connection) => _connection = connection;

    public static async Task<HubClient> ConnectAsync(ConsoleAppFactory factory, string? apiKey = null, string? cookie = null)
    {
        var server = factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (apiKey is not null)
                {
                    options.Headers["X-Api-Key"] = apiKey;
                }

                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }
            })
            .Build();
        var client = new HubClient(connection);
        foreach (var message in new[] { "contactChanged", "complaintChanged", "emergencyChanged", "taskAssigned", "agentChanged", "clockAlert", "incidentChanged", "emergencyNotice" })
        {
            connection.On<JsonElement>(message, payload => client._received.Enqueue((message, payload)));
        }

        await connection.StartAsync();
        return client;
    }

    /// <summary>Waits until a message matching the predicate arrives.</summary>
    public async Task<JsonElement> WaitForAsync(string message, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (name, payload) in _received)
            {
                if (name == message && match(payload))
                {
                    return payload;
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No {message} arrived in time.");
    }

    public bool Saw(string message, Func<JsonElement, bool> match) =>
        _received.Any(r => r.Message == message && match(r.Payload));

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
