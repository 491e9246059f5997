using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Cluster;

/// <summary>
/// Two console nodes started by <c>scripts/cluster.sh</c> (the command an operator runs) on one PostgreSQL database
/// and one Redis: node A seeds the demo centre (traffic off), node B starts once A is healthy. Each fixture gets its
/// own database, its own ports and its own state folder, so two fixtures can run side by side; disposing stops its
/// nodes (the servers stay up for the other tests that use them).
/// </summary>
public partial class ClusterFixture : IAsyncLifetime
{
    public const string ApiKey = "cluster-test-key-0123456789";
    public const string DemoPassword = "Demo@2026";

    /// <summary>SVC-05's promise window, shortened to seconds: long enough to kill node A before the callback is due.</summary>
    public const string PromiseHours = "0.005"; // 18 s

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"serviceconsole-cluster-{Guid.NewGuid():N}");
    private readonly string _database = $"sc_cluster_{Guid.NewGuid():N}"[..24];

    public Uri NodeA { get; private set; } = null!;

    public Uri NodeB { get; private set; } = null!;

    public HttpClient ApiA { get; private set; } = null!;

    public HttpClient ApiB { get; private set; } = null!;

    public string StartOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (portA, portB) = (FreePort(), FreePort());
        var start = Script("start", portA.ToString(System.Globalization.CultureInfo.InvariantCulture), portB.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.Environment["SC_CLUSTER_DB"] = _database;
        start.Environment["SC_CLUSTER_DLL"] = typeof(ServiceConsole.Web.Configuration.ServiceConsoleSetup).Assembly.Location;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["ServiceConsole__Ingest__ApiKey"] = ApiKey;
        start.Environment["ServiceConsole__Demo__Enabled"] = "true";
        start.Environment["ServiceConsole__Demo__TrafficPerMinute"] = "0";
        start.Environment["Policy__Service__PromiseCallbackHours"] = PromiseHours;
        start.Environment["Policy__Clocks__WarningLeadMinutes"] = "0.05";

        // The board's periodic refresh is off: what reaches a board on B reached it through the change feed.
        start.Environment["ServiceConsole__Board__QuietRefreshSeconds"] = "0";
        var (exit, output) = await RunAsync(start, TimeSpan.FromMinutes(6));
        StartOutput = output;
        if (exit != 0)
        {
            throw new InvalidOperationException($"scripts/cluster.sh start failed ({exit}):\n{output}\n{NodeLogs()}");
        }

        NodeA = new Uri($"http://127.0.0.1:{portA}");
        NodeB = new Uri($"http://127.0.0.1:{portB}");
        ApiA = Api(NodeA);
        ApiB = Api(NodeB);
    }

    /// <summary>The pid of the node listening on <paramref name="node"/>'s port, as cluster.sh recorded it.</summary>
    public int PidOf(Uri node) => int.Parse(File.ReadAllText(Path.Combine(_state, $"node-{node.Port}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SIGKILL to a node: no shutdown hooks, no Quartz standby, no goodbye to the cluster.</summary>
    public void KillHard(Uri node)
    {
        using var process = System.Diagnostics.Process.GetProcessById(PidOf(node));
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    /// <summary>Both nodes' logs, for a failure message.</summary>
    public string NodeLogs() =>
        string.Join('\n', Directory.Exists(_state)
            ? Directory.GetFiles(_state, "node-*.log").Select(f => $"---- {Path.GetFileName(f)} (last lines)\n{string.Join('\n', File.ReadLines(f).TakeLast(40))}")
            : []);

    /// <summary>Signs in through node <paramref name="node"/>'s real sign-in form; returns the auth cookie as a Cookie header value.</summary>
    public static async Task<string> SignInAsync(Uri node, string userName)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = node };
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = InputValue().Match(AntiforgeryInput().Match(page).Value).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = DemoPassword,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} on {node} failed: {(int)response.StatusCode}");
        }

        return response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("ServiceConsole.Auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    public async Task DisposeAsync()
    {
        ApiA?.Dispose();
        ApiB?.Dispose();
        await RunAsync(Script("stop-nodes"), TimeSpan.FromMinutes(1));
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }

    private ProcessStartInfo Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [RepositoryFolder.Combine("scripts", "cluster.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SC_CLUSTER_STATE"] = _state;
        return start;
    }

    private static async Task<(int Exit, string Output)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}");
    }

    private static HttpClient Api(Uri node)
    {
        var client = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("<input[^>]*__RequestVerificationToken[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex InputValue();
}

/// <summary>A second cluster of its own, for the test that kills a node.</summary>
public sealed class FailoverClusterFixture : ClusterFixture;
