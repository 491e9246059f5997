using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// Two console nodes started by <c>scripts/cluster.sh</c> (the operator's command) on one fresh PostgreSQL database and
/// the repository's Redis, with the demo centre on node A and no traffic; disposing stops the nodes and drops the database.
/// </summary>
internal sealed class ClusterUnderTest : IAsyncDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"serviceconsole-bench-cluster-{Guid.NewGuid():N}");
    private readonly string _database = $"sc_bench_{Guid.NewGuid():N}"[..24];

    public Uri NodeA { get; private set; } = null!;

    public Uri NodeB { get; private set; } = null!;

    /// <summary>The Npgsql connection string of the cluster's database, for reading what it recorded.</summary>
    public string Database { get; private set; } = "";

    public static async Task<ClusterUnderTest> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var cluster = new ClusterUnderTest();
        var (a, b) = (FreePort(), FreePort());
        var start = cluster.Script("start", a.ToString(System.Globalization.CultureInfo.InvariantCulture), b.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.Environment["SC_CLUSTER_DB"] = cluster._database;
        start.Environment["SC_CLUSTER_DLL"] = typeof(ServiceConsole.Web.Features.Board.LiveBoardState).Assembly.Location;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["ServiceConsole__Ingest__ApiKey"] = ConsoleUnderTest.ApiKey;
        start.Environment["ServiceConsole__Demo__Enabled"] = "true";
        start.Environment["ServiceConsole__Demo__TrafficPerMinute"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var (exit, output) = await RunAsync(start);
        if (exit != 0)
        {
            throw new InvalidOperationException($"scripts/cluster.sh start failed ({exit}):\n{output}");
        }

        cluster.NodeA = new Uri($"http://127.0.0.1:{a}");
        cluster.NodeB = new Uri($"http://127.0.0.1:{b}");
        var url = new ProcessStartInfo("bash", [Path.Combine(Root(), "scripts", "postgres.sh"), "url", cluster._database]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var (urlExit, connectionString) = await RunAsync(url);
        cluster.Database = urlExit == 0 ? connectionString.Trim().Split('\n')[0] : throw new InvalidOperationException(connectionString);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync(Script("stop-nodes"));
        NpgsqlConnection.ClearAllPools();
        if (Database.Length > 0)
        {
            var builder = new NpgsqlConnectionStringBuilder(Database) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private ProcessStartInfo Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Root(), "scripts", "cluster.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SC_CLUSTER_STATE"] = _state;
        return start;
    }

    private static async Task<(int Exit, string Output)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, $"{await stdout}{(process.ExitCode == 0 ? "" : "\n" + await stderr)}");
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceConsole.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("ServiceConsole.sln not found above the benchmark.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
