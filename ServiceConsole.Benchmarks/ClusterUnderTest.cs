using Npgsql;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// The two nodes of <see cref="ClusterProcess"/> (scripts/cluster.sh, the operator's command) on a fresh PostgreSQL
/// database with the demo centre on node A and no traffic; disposing stops the nodes and drops the database.
/// </summary>
internal sealed class ClusterUnderTest(ClusterProcess cluster, string database) : IAsyncDisposable
{
    public Uri NodeA => cluster.NodeA;

    public Uri NodeB => cluster.NodeB;

    /// <summary>The Npgsql connection string of the cluster's database, for reading what it recorded.</summary>
    public string Database => database;

    public static async Task<ClusterUnderTest> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
            ["ServiceConsole:Ingest:ApiKey"] = ConsoleUnderTest.ApiKey,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var cluster = await ClusterProcess.StartAsync(
            typeof(ServiceConsole.Web.Features.Board.LiveBoardState).Assembly.Location, environment, TimeSpan.FromMinutes(6));
        return new ClusterUnderTest(cluster, await cluster.ConnectionStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await cluster.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(database) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{cluster.DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
