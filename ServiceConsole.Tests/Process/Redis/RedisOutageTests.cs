using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Live;
using StackExchange.Redis;

namespace ServiceConsole.Tests.Process.Redis;

/// <summary>
/// Issue 14, Redis lost in the middle of a run (docs/scale-out.md, "When Redis goes away"): the nodes go on ingesting
/// and their own screens follow, the change that could not cross is counted as dropped and <c>/healthz</c> names Redis
/// as degraded (still 200); when the same Redis comes back, both nodes reconnect and subscribe again by themselves and
/// changes cross once more, with nothing ingested meanwhile lost. The Redis here is a server of this test's own on a
/// port of its own, killed hard, so no other test loses the shared one.
/// </summary>
[Trait("Category", "Process")]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly OwnRedis _redis = new();
    private readonly string _prefix = $"sc-test-{Guid.NewGuid():N}";
    private ConsoleAppFactory _a = null!;
    private ConsoleAppFactory _b = null!;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _a = TwoNodes.Node(_prefix, _redis.Url);
        _b = TwoNodes.Node(_prefix, _redis.Url);
        _ = _a.Services;
        _ = _b.Services;
        await Eventually.True(() => Bridge(_a).Subscribed && Bridge(_b).Subscribed, TimeSpan.FromSeconds(30), "both nodes subscribe");
    }

    [Fact]
    public async Task Redis_killed_mid_run_drops_only_the_crossing_and_when_it_is_back_changes_cross_again_by_themselves()
    {
        var onB = new ConcurrentQueue<string>();
        using var listenB = Feed(_b).Subscribe(change =>
        {
            if (change is PersonnelChanged { FromPeer: true } personnel)
            {
                onB.Enqueue(personnel.AgentCode);
            }
        });
        await CrossesAsync("before", onB);

        _redis.Kill();
        await Eventually.True(() => !Multiplexer(_a).IsConnected && !Multiplexer(_b).IsConnected, TimeSpan.FromSeconds(30), "both nodes notice Redis is gone");

        // A goes on: the contact is stored and answered, A's own screens see it, its crossing is dropped, not queued.
        var externalId = $"redis-outage-{Guid.NewGuid():N}";
        var seenOnA = new ConcurrentQueue<LiveChange>();
        using var screenA = Feed(_a).Subscribe(change =>
        {
            if (change is ContactChanged contact && contact.Contact.ExternalId == externalId)
            {
                seenOnA.Enqueue(change);
            }
        });
        var droppedBefore = Bridge(_a).Dropped;
        var watch = Stopwatch.StartNew();
        var response = await _a.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "钱先生", customerPhone = "13800138222",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the ingest waited {watch.Elapsed} for a Redis that is gone");
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.True(() => !seenOnA.IsEmpty, because: "A's own screens follow its change");
        await Eventually.True(() => Bridge(_a).Dropped > droppedBefore, because: "the change that could not cross is counted as dropped");
        var down = await _a.CreateClient().GetAsync("/healthz");
        var downBody = await down.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(down.StatusCode == HttpStatusCode.OK, downBody.ToString()); // degraded: a balancer keeps a node that still works
        Assert.Equal("degraded", downBody.GetProperty("status").GetString());
        Assert.Equal("degraded", downBody.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("degraded", downBody.GetProperty("checks").GetProperty("dataProtection").GetProperty("status").GetString());
        Assert.Equal("healthy", downBody.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        // The same Redis comes back: nobody restarts the nodes.
        await _redis.StartAsync();
        await CrossesAsync("after", onB, TimeSpan.FromSeconds(60));
        var up = await _a.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal("healthy", (await up.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _a.CreateApiClient().GetAsync($"/api/v1/contacts/{id}")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    /// <summary>Publishes a change on A (again every half second, while B may still be subscribing) until B hears one.</summary>
    private async Task CrossesAsync(string label, ConcurrentQueue<string> onB, TimeSpan? within = null)
    {
        var sent = new HashSet<string>();
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTimeOffset.UtcNow < deadline)
        {
            var code = $"{label}-{Guid.NewGuid():N}"[..16];
            sent.Add(code);
            Feed(_a).Publish(new PersonnelChanged(code));
            await Task.Delay(500);
            if (onB.Any(sent.Contains))
            {
                return;
            }
        }

        Assert.Fail($"no change crossed from A to B {label} the outage (A sent {Bridge(_a).Sent}, dropped {Bridge(_a).Dropped}; B received {Bridge(_b).Received}; connected A {Multiplexer(_a).IsConnected}, B {Multiplexer(_b).IsConnected})");
    }

    private static ChangeFeed Feed(ConsoleAppFactory node) => node.Services.GetRequiredService<ChangeFeed>();

    private static RedisChangeBridge Bridge(ConsoleAppFactory node) => node.Services.GetRequiredService<RedisChangeBridge>();

    private static IConnectionMultiplexer Multiplexer(ConsoleAppFactory node) => node.Services.GetRequiredService<IConnectionMultiplexer>();

    /// <summary>
    /// A redis-server of this test's own on a free loopback port, with its append-only file in a scratch folder (as
    /// scripts/redis.sh runs it), started and killed by the test. The package is installed by scripts/redis.sh.
    /// </summary>
    private sealed class OwnRedis : IAsyncDisposable
    {
        private readonly int _port = FreePort();
        private readonly string _folder = Directory.CreateTempSubdirectory("serviceconsole-redis-").FullName;
        private System.Diagnostics.Process? _server;

        public string Url => $"127.0.0.1:{_port},connectTimeout=1000";

        public async Task StartAsync()
        {
            _ = RedisServer.Url; // installs redis-server when missing
            _server = System.Diagnostics.Process.Start(new ProcessStartInfo("redis-server",
                ["--bind", "127.0.0.1", "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", _folder,
                 "--save", "", "--appendonly", "yes", "--appendfsync", "always"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            _server.OutputDataReceived += (_, _) => { };
            _server.ErrorDataReceived += (_, _) => { };
            _server.BeginOutputReadLine();
            _server.BeginErrorReadLine();
            await Eventually.True(Answers, TimeSpan.FromSeconds(20), $"redis-server on port {_port} answers");
        }

        /// <summary>A crash, not a shutdown: no goodbye to the clients.</summary>
        public void Kill()
        {
            _server?.Kill();
            _server?.WaitForExit();
        }

        public ValueTask DisposeAsync()
        {
            Kill();
            _server?.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // the temp folder is the machine's to clean
            }

            return ValueTask.CompletedTask;
        }

        private bool Answers()
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, _port);
                var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var buffer = new byte[16];
                var read = stream.Read(buffer);
                return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
