using System.Net;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Cluster;

/// <summary>
/// The two nodes of <see cref="ClusterProcess"/> (scripts/cluster.sh) with the demo centre (traffic off), an API key,
/// SVC-05's window shortened to seconds and the board's periodic refresh off; plus a sign-in on a node's real form.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public const string ApiKey = "cluster-test-key-0123456789";
    public const string DemoPassword = "Demo@2026";

    /// <summary>SVC-05's promise window, shortened to seconds: long enough to kill node A before the callback is due.</summary>
    public const string PromiseHours = "0.005"; // 18 s

    private ClusterProcess? _cluster;

    private ClusterProcess Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not running.");

    public Uri NodeA => Cluster.NodeA;

    public Uri NodeB => Cluster.NodeB;

    public HttpClient ApiA { get; private set; } = null!;

    public HttpClient ApiB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _cluster = await ClusterProcess.StartAsync(
            typeof(ServiceConsole.Web.Configuration.ServiceConsoleSetup).Assembly.Location,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Logging:Console:FormatterName"] = "simple",
                ["ServiceConsole:Ingest:ApiKey"] = ApiKey,
                ["ServiceConsole:Demo:Enabled"] = "true",
                ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
                ["Policy:Service:PromiseCallbackHours"] = PromiseHours,
                ["Policy:Clocks:WarningLeadMinutes"] = "0.05",

                // The board's periodic refresh is off: what reaches a board on B reached it through the change feed.
                ["ServiceConsole:Board:QuietRefreshSeconds"] = "0",
            },
            TimeSpan.FromMinutes(6));
        ApiA = Api(NodeA);
        ApiB = Api(NodeB);
    }

    /// <summary>SIGKILL to a node: no shutdown hooks, no Quartz standby, no goodbye to the cluster.</summary>
    public void KillHard(Uri node) => Cluster.KillHard(node);

    /// <summary>Signs in through node <paramref name="node"/>'s real sign-in form; returns the auth cookie as a Cookie header value.</summary>
    public static async Task<string> SignInAsync(Uri node, string userName)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = node };
        return await CookieLogin.SubmitFormAsync(client, userName, DemoPassword);
    }

    public async Task DisposeAsync()
    {
        ApiA?.Dispose();
        ApiB?.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private static HttpClient Api(Uri node)
    {
        var client = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }
}

/// <summary>A second cluster of its own, for the test that kills a node.</summary>
public sealed class FailoverClusterFixture : ClusterFixture;
