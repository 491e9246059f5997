using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// Two console nodes started by <c>scripts/cluster.sh</c> (the command an operator runs) on one PostgreSQL database and
/// one Redis, for the cluster tests and the cluster benchmark: node A migrates the database and seeds the demo centre,
/// node B starts once A is healthy. Each instance has its own database, free ports and state folder (pids and logs), so
/// two can run side by side; disposing stops its nodes, not the servers other tests use.
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"serviceconsole-cluster-{Guid.NewGuid():N}");

    private ClusterProcess(string database) => DatabaseName = database;

    /// <summary>The PostgreSQL database both nodes share (lower-case, as <c>scripts/postgres.sh url</c> wants).</summary>
    public string DatabaseName { get; }

    public Uri NodeA { get; private set; } = null!;

    public Uri NodeB { get; private set; } = null!;

    /// <summary>
    /// Runs <c>cluster.sh start</c> on two free ports with <paramref name="environment"/> (ASP.NET Core's
    /// <c>Section__Key</c> names, or <c>Section:Key</c>) reaching both nodes, which run <paramref name="webDll"/>.
    /// </summary>
    public static async Task<ClusterProcess> StartAsync(string webDll, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var cluster = new ClusterProcess($"sc_cluster_{Guid.NewGuid():N}"[..24]);
        var (a, b) = (FreePort(), FreePort());
        var start = cluster.Script("start", a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture));
        start.Environment["SC_CLUSTER_DB"] = cluster.DatabaseName;
        start.Environment["SC_CLUSTER_DLL"] = webDll;
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var (exit, output) = await RunAsync(start, timeout);
        if (exit != 0)
        {
            var logs = cluster.NodeLogs();
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"scripts/cluster.sh start failed ({exit}):\n{output}\n{logs}");
        }

        cluster.NodeA = new Uri($"http://127.0.0.1:{a}");
        cluster.NodeB = new Uri($"http://127.0.0.1:{b}");
        return cluster;
    }

    /// <summary>The Npgsql connection string of the cluster's database, as <c>scripts/postgres.sh url</c> prints it.</summary>
    public async Task<string> ConnectionStringAsync()
    {
        var url = new ProcessStartInfo("bash", [RepositoryFolder.Combine("scripts", "postgres.sh"), "url", DatabaseName])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var (exit, output) = await RunAsync(url, TimeSpan.FromMinutes(2));
        return exit == 0 ? output.Trim().Split('\n')[0] : throw new InvalidOperationException($"scripts/postgres.sh url failed ({exit}):\n{output}");
    }

    /// <summary>The pid of the node listening on <paramref name="node"/>'s port, as cluster.sh recorded it.</summary>
    public int PidOf(Uri node) =>
        int.Parse(File.ReadAllText(Path.Combine(_state, $"node-{node.Port}.pid")).Trim(), CultureInfo.InvariantCulture);

    /// <summary>SIGKILL to a node: no shutdown hooks, no Quartz standby, no goodbye to the cluster.</summary>
    public void KillHard(Uri node)
    {
        using var process = System.Diagnostics.Process.GetProcessById(PidOf(node));
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    /// <summary>The last lines of both nodes' logs, for a failure message.</summary>
    public string NodeLogs() =>
        string.Join('\n', Directory.Exists(_state)
            ? Directory.GetFiles(_state, "node-*.log").Select(f => $"---- {Path.GetFileName(f)} (last lines)\n{string.Join('\n', File.ReadLines(f).TakeLast(40))}")
            : []);

    public async ValueTask DisposeAsync()
    {
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
