using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceConsole.Tests.Integration.Callbacks;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Tests.Process.Postgres;

/// <summary>
/// Two console nodes in this process on one PostgreSQL database (decision 0010): their writes are decided one group at a
/// time across both (the advisory lock taken by each group transaction).
/// </summary>
[Trait("Category", "Process")]
public sealed class PostgresClusterWriteTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    private readonly PostgresCluster _cluster = cluster;

    [Fact]
    public async Task The_same_externalId_posted_to_both_nodes_at_once_stores_one_row_and_both_answer_it()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? _cluster.A : _cluster.B).CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = "pg-two-nodes-1", channel = "offline", customerName = "王女士", customerPhone = "13600136001",
            })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1L, await PostgresServer.ScalarAsync<long>(
            _cluster.A.ConnectionString, "SELECT COUNT(*) FROM \"Contacts\" WHERE \"ExternalId\" = 'pg-two-nodes-1'"));
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public async Task SVC_01_chats_posted_to_both_nodes_at_once_never_give_an_agent_more_than_the_concurrency_cap()
    {
        // Two chat agents, three chats each at most (Policy:Routing:MaxConcurrentChats): eight chats posted at once, four
        // through each node, leave exactly six assigned, three to each, and two waiting for whoever frees up first.
        await _cluster.A.SeedAgentAsync("A901", "online");
        await _cluster.A.SeedAgentAsync("A902", "online");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? _cluster.A : _cluster.B).CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = $"pg-route-{i}", channel = "online", customerName = "李先生", customerPhone = $"1360013601{i}",
            })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var agents = await Task.WhenAll(responses.Select(async r =>
            (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agentCode").GetString()));
        Assert.Equal(3, agents.Count(a => a == "A901"));
        Assert.Equal(3, agents.Count(a => a == "A902"));
        Assert.Equal(2, agents.Count(a => a is null));
    }
}

/// <summary>
/// SVC-05 on the clustered Quartz store (decision 0010): a callback scheduled through one node fires exactly once
/// through the other once the first is gone, since every node fires from the shared store.
/// </summary>
[Trait("Category", "Process")]
public sealed class PostgresClusterClockTests(PostgresDemoCluster cluster) : IClassFixture<PostgresDemoCluster>
{
    private readonly PostgresDemoCluster _cluster = cluster;

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_callback_promised_through_node_A_fires_once_through_node_B_after_A_is_gone()
    {
        // Both nodes check in to the clustered store, each under an instance id of its own (instanceId AUTO).
        await Infrastructure.Eventually.Until(
            () => PostgresServer.ScalarAsync<long>(
                _cluster.A.ConnectionString,
                "SELECT COUNT(DISTINCT instance_name) FROM qrtz_scheduler_state WHERE sched_name = 'ServiceConsole' AND instance_name <> 'NON_CLUSTERED'"),
            count => count == 2,
            TimeSpan.FromSeconds(30),
            "both nodes to check in to the clustered Quartz store");

        var id = await CallbackClockTests.PromiseAsync(_cluster.A.CreateApiClient(), "pg-cluster-promise-1");
        await _cluster.A.DisposeAsync(); // A leaves before the promise falls due (5.4 s); its database stays

        var api = _cluster.B.CreateApiClient();
        var task = (await CallbackClockTests.WaitUntilBreachedAsync(api, [id], TimeSpan.FromSeconds(40)))[id];
        Assert.True(task.GetProperty("breached").GetBoolean());
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong, firing to show

        var breaches = (await api.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray()
            .Count(a => a.GetProperty("subjectId").GetString() == id && a.GetProperty("kind").GetString() == "breach");
        Assert.Equal(1, breaches);
    }
}

/// <summary>
/// SVC-05 on the clustered store in a burst: callbacks promised through both nodes at once fall due together, and each
/// is breached exactly once by whichever node's worker threads take it (several per node on PostgreSQL, with due
/// triggers acquired in batches, and a callback's warning and breach free to run side by side).
/// </summary>
[Trait("Category", "Process")]
public sealed class PostgresClusterFiringTests(PostgresDemoCluster cluster) : IClassFixture<PostgresDemoCluster>
{
    private readonly PostgresDemoCluster _cluster = cluster;

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_forty_callbacks_promised_through_both_nodes_at_once_are_each_breached_once_and_warned_at_most_once()
    {
        foreach (var node in new[] { _cluster.A, _cluster.B })
        {
            var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Equal(SchedulingSetup.PostgresMaxConcurrency, (await scheduler.GetMetadata()).ThreadPoolSize);
        }

        var (apiA, apiB) = (_cluster.A.CreateApiClient(), _cluster.B.CreateApiClient());
        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            CallbackClockTests.PromiseAsync(i % 2 == 0 ? apiA : apiB, $"pg-burst-{i}")));

        var tasks = await CallbackClockTests.WaitUntilBreachedAsync(apiB, ids, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong, firing to show

        var alerts = (await apiA.GetFromJsonAsync<JsonElement>("/api/v1/alerts")).EnumerateArray()
            .Where(a => ids.Contains(a.GetProperty("subjectId").GetString()))
            .GroupBy(a => (Id: a.GetProperty("subjectId").GetString(), Kind: a.GetProperty("kind").GetString()))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(ids, id => Assert.Equal(1, alerts.GetValueOrDefault((id, "breach"))));
        Assert.All(ids, id => Assert.InRange(alerts.GetValueOrDefault((id, "warning")), 0, 1)); // a warning later than its due time is dropped
        Assert.All(tasks.Values, t => Assert.InRange(
            t.GetProperty("breachedAt").GetDateTimeOffset() - t.GetProperty("dueAt").GetDateTimeOffset(), TimeSpan.Zero, TimeSpan.FromSeconds(30)));
    }
}

/// <summary>
/// Nodes A and B in this process on a database of the fixture's own (so that a test may stop A and B keeps its
/// database), without demo data.
/// </summary>
public class PostgresCluster : IDisposable
{
    public PostgresCluster()
        : this(demo: false)
    {
    }

    protected PostgresCluster(bool demo)
    {
        ConnectionString = PostgresServer.CreateDatabase("cluster");
        A = Configure(PostgresAppFactory.On(ConnectionString), demo);
        _ = A.Services; // A migrates and seeds first
        B = Configure(A.SecondNode(), demo);
        _ = B.Services;
    }

    public string ConnectionString { get; }

    public PostgresAppFactory A { get; }

    public PostgresAppFactory B { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            B.Dispose();
            A.Dispose();
            PostgresServer.DropDatabase(ConnectionString);
        }
    }

    private static PostgresAppFactory Configure(PostgresAppFactory node, bool demo)
    {
        if (demo)
        {
            node.Settings["ServiceConsole:Demo:Enabled"] = "true";
            node.Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            node.Settings["Policy:Service:PromiseCallbackHours"] = CallbackClockTests.PromiseHours;
            node.Settings["Policy:Clocks:WarningLeadMinutes"] = CallbackClockTests.WarningLeadMinutes;
        }

        return node;
    }
}

/// <summary>Two nodes with the demo centre (agent A001) and the SVC-05 promise window shortened to seconds.</summary>
public sealed class PostgresDemoCluster : PostgresCluster
{
    public PostgresDemoCluster()
        : base(demo: true)
    {
    }
}
