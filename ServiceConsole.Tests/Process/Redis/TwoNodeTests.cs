using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Tests.Integration.Telemetry;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Features.Telemetry;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Process.Redis;

/// <summary>
/// Issue 14, two nodes on one Redis: the change feed crosses from A to B once and never comes back, a hub client on B
/// receives what A ingested exactly once, what A protects (cookies, ID numbers) reads on B, and B's board rebuilds after
/// a change on A.
/// </summary>
[Trait("Category", "Process")]
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    /// <summary>How long to keep listening for a duplicate or an echo once the expected message is in.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    private ConsoleAppFactory A => nodes.A;

    private ConsoleAppFactory B => nodes.B;

    private static ChangeFeed Feed(ConsoleAppFactory node) => node.Services.GetRequiredService<ChangeFeed>();

    [Fact]
    public async Task A_change_published_on_A_reaches_B_once_marked_from_a_peer_and_is_not_echoed_back_to_A()
    {
        var code = $"X{Guid.NewGuid():N}"[..12];
        var onA = new ConcurrentQueue<LiveChange>();
        var onB = new ConcurrentQueue<LiveChange>();
        using var listenA = Collect(A, onA, c => c is PersonnelChanged p && p.AgentCode == code);
        using var listenB = Collect(B, onB, c => c is PersonnelChanged p && p.AgentCode == code);

        Feed(A).Publish(new PersonnelChanged(code));

        await Eventually.True(
            () => !onB.IsEmpty,
            because: $"the change reaches node B (A sent {TwoNodes.Bridge(A).Sent}, dropped {TwoNodes.Bridge(A).Dropped}; B received {TwoNodes.Bridge(B).Received}; A's feed saw {onA.Count})");
        await Task.Delay(Settle);
        var arrived = Assert.Single(onB);
        Assert.True(arrived.FromPeer);
        Assert.Equal(new PersonnelChanged(code) { FromPeer = true }, arrived);
        var own = Assert.Single(onA); // A's own publication only: B did not send it back
        Assert.False(own.FromPeer);
    }

    [Fact]
    public async Task A_hub_client_on_B_receives_the_contact_ingested_on_A_exactly_once()
    {
        var externalId = $"redis-hub-{Guid.NewGuid():N}";
        var publishedOnA = new ConcurrentQueue<LiveChange>();
        using var countA = Collect(A, publishedOnA, c => c is ContactChanged cc && cc.Contact.ExternalId == externalId);
        await using var hubA = await HubClient.ConnectAsync(A, ConsoleAppFactory.ApiKey);
        await using var hubB = await HubClient.ConnectAsync(B, ConsoleAppFactory.ApiKey);

        var response = await A.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "钱先生", customerPhone = "13800138222",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        bool Ours(JsonElement contact) => contact.GetProperty("externalId").GetString() == externalId;
        var received = await hubB.WaitForAsync("contactChanged", Ours, TimeSpan.FromSeconds(15));
        Assert.Equal("online", received.GetProperty("channel").GetString());
        await hubA.WaitForAsync("contactChanged", Ours, TimeSpan.FromSeconds(15));
        await Task.Delay(Settle);

        // One hub message per change A committed, on either node: B's forwarder and bridge added none.
        Assert.NotEmpty(publishedOnA);
        Assert.Equal(publishedOnA.Count, Count(hubB, externalId));
        Assert.Equal(publishedOnA.Count, Count(hubA, externalId));
    }

    [Fact]
    public async Task A_supervisor_board_on_B_rebuilds_after_a_contact_ingested_on_A()
    {
        var board = B.Services.GetRequiredService<LiveBoardState>();
        var snapshots = 0;
        using var listener = board.Subscribe(_ =>
        {
            Interlocked.Increment(ref snapshots);
            return Task.CompletedTask;
        });
        await Eventually.True(() => Volatile.Read(ref snapshots) >= 1, because: "the board's first snapshot");
        await Task.Delay(Settle); // whatever else was under way has settled
        var before = Volatile.Read(ref snapshots);

        var response = await A.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = $"redis-board-{Guid.NewGuid():N}", channel = "online", customerName = "钱先生", customerPhone = "13800138222",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await Eventually.True(() => Volatile.Read(ref snapshots) > before, because: "B's board rebuilds after A's change");
    }

    [Fact]
    public async Task A_breach_raised_on_A_reaches_B_s_alert_screens_but_is_counted_by_A_alone()
    {
        var alert = new ClockAlertResource(
            Guid.NewGuid(), "breach", "SVC-05", "promise", "callback", Guid.NewGuid(), "A001", "回访", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, false);
        var onB = new ConcurrentQueue<LiveChange>();
        using var listenB = Collect(B, onB, c => c is ClockAlertRaised r && r.Alert.Id == alert.Id);
        using var countedOnA = new MeterCapture(A.Services, ConsoleMetrics.SlaBreachesName);
        using var countedOnB = new MeterCapture(B.Services, ConsoleMetrics.SlaBreachesName);

        Feed(A).Publish(new ClockAlertRaised(alert));

        await Eventually.True(() => !onB.IsEmpty, because: "the alert reaches node B's screens");
        // Only callback-promise breaches: the other tests' contacts may pass their first-response targets meanwhile,
        // and each node rightly counts those under their own rule.
        static IEnumerable<MeterCapture.Recorded> Promises(MeterCapture capture) =>
            capture.Measurements.Where(m => m.Tags["subject"] == "callback" && m.Tags["clock"] == "promise");
        await Eventually.True(() => Promises(countedOnA).Any(), because: "node A counts its breach");
        await Task.Delay(Settle);
        Assert.Single(Promises(countedOnA));
        Assert.Empty(Promises(countedOnB));
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public void A_sign_in_cookie_and_an_id_number_protected_on_A_read_on_B()
    {
        // The sign-in cookie's content, as the cookie handler writes and reads it on each node.
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "supervisor-a")], IdentityConstants.ApplicationScheme));
        var cookie = CookieFormat(A).Protect(new AuthenticationTicket(principal, IdentityConstants.ApplicationScheme));
        var read = CookieFormat(B).Unprotect(cookie);
        Assert.NotNull(read);
        Assert.Equal("supervisor-a", read.Principal.Identity?.Name);

        var (idNumber, expiresAt) = A.Services.GetRequiredService<IdNumberProtector>().Protect("11010519491231002X");
        Assert.Equal("11010519491231002X", B.Services.GetRequiredService<IdNumberProtector>().Read(idNumber, expiresAt));

        var payload = A.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("redis-test").Protect("from A");
        Assert.Equal("from A", B.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("redis-test").Unprotect(payload));
    }

    [Fact]
    [Trait("Rule", "INF-04")]
    public async Task A_node_with_a_key_ring_of_its_own_cannot_read_what_A_protected()
    {
        // The control for the test above: the same reading fails on a node that does not share A's keys.
        var prefix = $"sc-test-{Guid.NewGuid():N}";
        await using var other = TwoNodes.Node(prefix, RedisServer.Url);
        await using var cleanUp = new KeyRingCleanUp(prefix);
        var payload = A.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("redis-test").Protect("from A");

        Assert.ThrowsAny<CryptographicException>(() =>
            other.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("redis-test").Unprotect(payload));
        Assert.Null(CookieFormat(other).Unprotect(CookieFormat(A).Protect(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x")], "t")), IdentityConstants.ApplicationScheme))));
    }

    [Fact]
    public async Task Healthz_lists_redis_with_a_real_ping()
    {
        var response = await A.CreateClient().GetAsync("/healthz");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var redis = body.GetProperty("checks").GetProperty("redis");
        Assert.Equal("healthy", redis.GetProperty("status").GetString());
        Assert.True(double.Parse(redis.GetProperty("data").GetProperty("pingMs").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Equal("True", redis.GetProperty("data").GetProperty("subscribed").GetString());
    }

    [Fact]
    public async Task Without_redis_a_node_still_ingests_and_its_own_screens_follow_and_healthz_names_redis_and_the_key_ring()
    {
        // Nothing listens on port 1: Redis is away from the start, the client keeps trying.
        await using var lonely = TwoNodes.Node($"sc-test-{Guid.NewGuid():N}", "127.0.0.1:1,connectTimeout=500");
        var externalId = $"redis-away-{Guid.NewGuid():N}";
        var seen = new ConcurrentQueue<LiveChange>();
        using var screen = Collect(lonely, seen, c => c is ContactChanged cc && cc.Contact.ExternalId == externalId);

        var response = await lonely.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "钱先生", customerPhone = "13800138222",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await Eventually.True(() => !seen.IsEmpty, because: "the node's own screens follow its change");
        Assert.All(seen, change => Assert.False(change.FromPeer));
        var health = await lonely.CreateClient().GetAsync("/healthz");
        var body = await health.Content.ReadFromJsonAsync<JsonElement>();
        // Redis itself only degrades a node, but away from the start it leaves no key ring to sign anyone in with: 503.
        Assert.True(health.StatusCode == HttpStatusCode.ServiceUnavailable, body.ToString());
        Assert.Equal("degraded", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("dataProtection").GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    /// <summary>Deletes the key ring a node of its own left in the shared Redis.</summary>
    private sealed class KeyRingCleanUp(string prefix) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await TwoNodes.DeleteKeyRingAsync(prefix);
    }

    private static IDisposable Collect(ConsoleAppFactory node, ConcurrentQueue<LiveChange> into, Func<LiveChange, bool> match) =>
        Feed(node).Subscribe(change =>
        {
            if (match(change))
            {
                into.Enqueue(change);
            }
        });

    private static int Count(HubClient hub, string externalId) =>
        hub.Count("contactChanged", c => c.GetProperty("externalId").GetString() == externalId);

    private static ISecureDataFormat<AuthenticationTicket> CookieFormat(ConsoleAppFactory node) =>
        node.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
}
