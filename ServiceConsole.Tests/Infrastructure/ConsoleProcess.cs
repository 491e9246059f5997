using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// The console as a real operating-system process (Kestrel on 127.0.0.1, a random port), for what the
/// in-memory test server cannot show: start-up refusals and a hard kill.
/// </summary>
public sealed partial class ConsoleProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ConsoleProcess(System.Diagnostics.Process process) => _process = process;

    public Uri BaseAddress => _listening.Task.Result;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    private const string KeysPathSetting = "ServiceConsole:DataProtection:KeysPath";

    /// <summary>The key folder a console started on <paramref name="connectionString"/> gets: the database file's path plus <c>.keys</c>.</summary>
    public static string KeysPathOf(string connectionString) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource + ".keys";

    public static ConsoleProcess Start(string environment, IReadOnlyDictionary<string, string> settings)
    {
        var webDll = typeof(ServiceConsole.Web.Configuration.ServiceConsoleSetup).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // INF-04: each test database keeps its Data Protection keys in a folder of its own (the default, a "keys"
        // folder next to the database, would be one folder shared by every test database in the temp folder).
        if (!settings.ContainsKey(KeysPathSetting) && settings.TryGetValue("ConnectionStrings:Console", out var connectionString))
        {
            start.Environment[KeysPathSetting.Replace(":", "__", StringComparison.Ordinal)] = KeysPathOf(connectionString);
        }

        var console = new ConsoleProcess(System.Diagnostics.Process.Start(start)!);
        console._process.OutputDataReceived += (_, e) => console.Record(e.Data);
        console._process.ErrorDataReceived += (_, e) => console.Record(e.Data);
        console._process.BeginOutputReadLine();
        console._process.BeginErrorReadLine();
        return console;
    }

    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout) => await _listening.Task.WaitAsync(timeout);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut or <c>kill -9</c> does.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillHardAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
