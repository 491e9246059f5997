using System.Diagnostics;
using System.Text;
using ServiceConsole.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ServiceConsole.Tests.Process.OpenApi;

/// <summary>
/// Issue 14 part 5, "a client generated from <c>/openapi/v1.json</c> works": Kiota (the repository's pinned dotnet
/// tool) generates a C# client from the document a running console serves; the integrator's program in
/// <c>ClientProbe/</c> is built on it outside the repository (no shared build settings, package versions of its own)
/// and runs a CTI platform's and a complaint system's day against that console: typed enums, dates and ids, the
/// externalId retry, a promised callback, a complaint to closed, typed validation and conflict problems, a wrong key.
/// A document that drifts from the API fails here as it would fail an integrator: at generation, at build or at a call.
/// </summary>
[Trait("Category", "Process")]
public sealed class GeneratedClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ApiKey = "client-test-key-0123456789";
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"serviceconsole-client-{Guid.NewGuid():N}");
    private ConsoleProcess? _console;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_scratch);
        _console = ConsoleProcess.Start("Development", new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = $"Data Source={Path.Combine(_scratch, "console.db")}",
            ["ServiceConsole:Ingest:ApiKey"] = ApiKey,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
        });
        await _console.WaitUntilListeningAsync(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task A_client_generated_from_the_served_document_runs_an_integrator_s_day_against_the_console()
    {
        var console = _console!.BaseAddress;
        using (var http = new HttpClient { BaseAddress = console })
        {
            await File.WriteAllTextAsync(Path.Combine(_scratch, "v1.json"), await http.GetStringAsync("/openapi/v1.json"));
        }

        var probe = Path.Combine(_scratch, "probe");
        Directory.CreateDirectory(probe);
        foreach (var file in new[] { "ClientProbe.csproj", "Program.cs" })
        {
            File.Copy(RepositoryFolder.Combine("ServiceConsole.Tests", "Process", "OpenApi", "ClientProbe", file), Path.Combine(probe, file));
        }

        await Run("dotnet", ["tool", "restore"], RepositoryFolder.Root, TimeSpan.FromMinutes(5));
        await Run("dotnet", ["tool", "run", "kiota", "generate", "--language", "CSharp", "--openapi", Path.Combine(_scratch, "v1.json"),
            "--output", Path.Combine(probe, "Generated"), "--namespace-name", "ServiceConsole.Client", "--class-name", "ConsoleApiClient",
            "--exclude-backward-compatible", "--log-level", "Warning"], RepositoryFolder.Root, TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(Path.Combine(probe, "Generated", "ConsoleApiClient.cs")), "Kiota generated no client");
        await Run("dotnet", ["build", "--configuration", "Release", "--nologo", "-nodeReuse:false", "--disable-build-servers", "--output", Path.Combine(probe, "out")],
            probe, TimeSpan.FromMinutes(5));

        var day = await Run("dotnet", [Path.Combine(probe, "out", "ClientProbe.dll"), console.ToString(), ApiKey], probe, TimeSpan.FromMinutes(2));
        Assert.Contains("ALL PASSED", day, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", day, StringComparison.Ordinal);
        Assert.True(day.Split('\n').Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)) >= 20, day);
    }

    public async Task DisposeAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }

        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by an exiting process: the temp folder is cleaned by the machine.
        }
    }

    /// <summary>Runs a command to its end; a non-zero exit fails the test with everything it printed.</summary>
    private async Task<string> Run(string command, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // The test host runs under `dotnet test`, whose MSBuild settings would steer a nested build of another project.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["KIOTA_UPDATE__DISABLED"] = "true"; // no look for a newer Kiota on GitHub: this machine has no internet
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var printed = new StringBuilder();
        using var process = new System.Diagnostics.Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {string.Join(' ', arguments)} did not end within {timeout}:\n{printed}");
        }

        process.WaitForExit(); // the last lines of output
        var text = printed.ToString();
        output.WriteLine($"$ {command} {string.Join(' ', arguments)} → {process.ExitCode}\n{text}");
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{text}");
        return text;

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (printed)
                {
                    printed.AppendLine(line);
                }
            }
        }
    }
}
