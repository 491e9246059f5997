using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// A live-hub listener over the test server that records every message it receives. A wait looks at what has
/// arrived, then sleeps on a channel until the next message, so it returns as soon as its message is in.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly HubConnection _connection;
    private readonly List<(string Message, JsonElement Payload)> _received = [];
    private readonly Channel<(string Message, JsonElement Payload)> _arrivals =
        Channel.CreateUnbounded<(string Message, JsonElement Payload)>(new UnboundedChannelOptions { SingleReader = true });

    // One waiter reads the channel at a time: a message one waiter takes from the channel is one another would never
    // see there. Serialised, each waiter finds what earlier waiters took in the list.
    private readonly SemaphoreSlim _reading = new(1, 1);

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
        return await StartAsync(connection);
    }

    /// <summary>A listener on a console running as a real process (a cluster node), over WebSockets with the API key.</summary>
    public static async Task<HubClient> ConnectAsync(Uri baseAddress, string apiKey)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/live"), options => options.Headers["X-Api-Key"] = apiKey)
            .Build();
        return await StartAsync(connection);
    }

    private static async Task<HubClient> StartAsync(HubConnection connection)
    {
        var client = new HubClient(connection);
        foreach (var message in new[] { "contactChanged", "complaintChanged", "emergencyChanged", "taskAssigned", "agentChanged", "clockAlert", "incidentChanged", "emergencyNotice", "securityIncident" })
        {
            connection.On<JsonElement>(message, payload => client.Receive(message, payload));
        }

        await connection.StartAsync();
        return client;
    }

    /// <summary>Returns the first message of this name matching the predicate, whether it has arrived already or arrives within the timeout.</summary>
    public async Task<JsonElement> WaitForAsync(string message, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var patience = timeout ?? DefaultTimeout;
        using var expiry = new CancellationTokenSource(patience);
        try
        {
            await _reading.WaitAsync(expiry.Token);
            try
            {
                // Everything in the channel is in the list too (added there first), so the list alone covers the past.
                while (_arrivals.Reader.TryRead(out _))
                {
                }

                foreach (var (name, payload) in Received())
                {
                    if (name == message && match(payload))
                    {
                        return payload;
                    }
                }

                while (true)
                {
                    var (name, payload) = await _arrivals.Reader.ReadAsync(expiry.Token);
                    if (name == message && match(payload))
                    {
                        return payload;
                    }
                }
            }
            finally
            {
                _reading.Release();
            }
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested)
        {
            throw new TimeoutException($"No {message} arrived within {patience.TotalSeconds:0.#} s.");
        }
    }

    public bool Saw(string message, Func<JsonElement, bool> match) =>
        Received().Any(r => r.Message == message && match(r.Payload));

    /// <summary>How many messages of this name matching the predicate have arrived so far.</summary>
    public int Count(string message, Func<JsonElement, bool> match) =>
        Received().Count(r => r.Message == message && match(r.Payload));

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _arrivals.Writer.TryComplete();
        _reading.Dispose();
    }

    private void Receive(string message, JsonElement payload)
    {
        lock (_received)
        {
            _received.Add((message, payload));
        }

        _arrivals.Writer.TryWrite((message, payload));
    }

    private (string Message, JsonElement Payload)[] Received()
    {
        lock (_received)
        {
            return [.. _received];
        }
    }
}
