using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Benchmarks;

/// <summary>The console as its own process on loopback, on a throw-away SQLite file with the demo centre and no traffic.</summary>
internal sealed class ConsoleUnderTest(ConsoleProcess process, string database) : IAsyncDisposable
{
    public const string ApiKey = "benchmark-key-0123456789";

    /// <summary>The SQLite file the console writes; a benchmark may read it (read-only) for what the API pages.</summary>
    public string Database => database;

    public static async Task<(ConsoleUnderTest Console, Uri Address)> StartAsync(IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var database = Path.Combine(Path.GetTempPath(), $"serviceconsole-bench-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = $"Data Source={database}",
            ["ServiceConsole:Ingest:ApiKey"] = ApiKey,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var process = ConsoleProcess.Start("Benchmark", settings);
        var address = await process.WaitUntilListeningAsync(TimeSpan.FromSeconds(120));
        return (new ConsoleUnderTest(process, database), address);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }
}
