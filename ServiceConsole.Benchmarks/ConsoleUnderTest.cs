using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ServiceConsole.Benchmarks;

/// <summary>The console as its own process on loopback, on a throw-away SQLite file, as in production.</summary>
internal sealed partial class ConsoleUnderTest : IAsyncDisposable
{
    public const string ApiKey = "benchmark-key-0123456789";

    private readonly Process _process;
    private readonly string _database;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ConsoleUnderTest(Process process, string database)
    {
        _process = process;
        _database = database;
    }

    public static async Task<(ConsoleUnderTest Console, Uri Address)> StartAsync()
    {
        var database = Path.Combine(Path.GetTempPath(), $"serviceconsole-bench-{Guid.NewGuid():N}.db");
        var webDll = Path.Combine(AppContext.BaseDirectory, "ServiceConsole.Web.dll");
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["ConnectionStrings__Console"] = $"Data Source={database}";
        start.Environment["ServiceConsole__Ingest__ApiKey"] = ApiKey;
        start.Environment["ServiceConsole__Demo__Enabled"] = "true";
        start.Environment["ServiceConsole__Demo__TrafficPerMinute"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var console = new ConsoleUnderTest(Process.Start(start)!, database);
        console._process.OutputDataReceived += (_, e) => console.Watch(e.Data);
        console._process.ErrorDataReceived += (_, e) => console.Watch(e.Data);
        console._process.BeginOutputReadLine();
        console._process.BeginErrorReadLine();
        var address = await console._listening.Task.WaitAsync(TimeSpan.FromSeconds(120));
        return (console, address);
    }

    private void Watch(string? line)
    {
        if (line is not null && ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
