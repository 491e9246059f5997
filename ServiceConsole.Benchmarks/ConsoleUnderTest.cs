using System.Diagnostics;
using Npgsql;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// The console as its own process on loopback with the demo centre and no traffic: on a throw-away SQLite file, or on
/// a throw-away database of the repository's PostgreSQL server (<c>scripts/postgres.sh</c>, decision 0010).
/// </summary>
internal sealed class ConsoleUnderTest(ConsoleProcess process, string database, bool postgres) : IAsyncDisposable
{
    public const string ApiKey = "benchmark-key-0123456789";

    /// <summary>The SQLite file the console writes (or, on PostgreSQL, its connection string); a benchmark may read it.</summary>
    public string Database => database;

    public static async Task<(ConsoleUnderTest Console, Uri Address)> StartAsync(
        IReadOnlyDictionary<string, string>? extraSettings = null, bool postgres = false)
    {
        var name = $"serviceconsole-bench-{Guid.NewGuid():N}";
        var database = postgres ? PostgresUrl($"sc_bench_{Guid.NewGuid():N}") : Path.Combine(Path.GetTempPath(), name + ".db");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = postgres ? database : $"Data Source={database}",
            ["ServiceConsole:Ingest:ApiKey"] = ApiKey,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        if (postgres)
        {
            settings["ServiceConsole:Database:Provider"] = "Postgres";
            settings["ServiceConsole:DataProtection:KeysPath"] = Path.Combine(Path.GetTempPath(), name + ".keys");
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var process = ConsoleProcess.Start("Benchmark", settings);
        var address = await process.WaitUntilListeningAsync(TimeSpan.FromSeconds(120));
        return (new ConsoleUnderTest(process, database, postgres), address);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        if (postgres)
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(database);
            var name = builder.Database;
            builder.Database = "postgres";
            builder.Pooling = false;
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }

    /// <summary>Starts the repository's PostgreSQL server when needed and creates <paramref name="database"/> on it.</summary>
    private static string PostgresUrl(string database)
    {
        var script = RepositoryFolder.Combine("scripts", "postgres.sh");
        using var run = Process.Start(new ProcessStartInfo("bash", [script, "url", database]) { RedirectStandardOutput = true })!;
        var url = run.StandardOutput.ReadToEnd().Trim();
        run.WaitForExit();
        return run.ExitCode == 0 ? url : throw new InvalidOperationException($"scripts/postgres.sh url {database} failed ({run.ExitCode}).");
    }
}
