using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.OpenApi;

/// <summary>
/// Stoplight Prism in proxy mode in front of a running console: every request is checked against the OpenAPI document
/// before it is forwarded and every response after. With <c>--errors</c> a request violation is answered by Prism
/// itself (422, or 401 when the security requirement is not met) and a response violation becomes a 500; either way
/// the violations are listed in the <c>sl-violations</c> header. Prism comes from <c>scripts/install-prism.sh</c>
/// (<c>.tools/prism</c>), which <c>scripts/test.sh</c> runs and this class runs when it is missing.
/// </summary>
public sealed class PrismProxy : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PrismProxy(System.Diagnostics.Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

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

    public static string Install()
    {
        var prism = RepositoryFolder.Combine(".tools", "prism", "node_modules", ".bin", "prism");
        if (File.Exists(prism))
        {
            return prism;
        }

        using var install = System.Diagnostics.Process.Start(new ProcessStartInfo("bash", [RepositoryFolder.Combine("scripts", "install-prism.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = install.StandardError.ReadToEndAsync();
        install.WaitForExit();
        return File.Exists(prism)
            ? prism
            : throw new InvalidOperationException($"scripts/install-prism.sh could not install Prism into .tools/prism: {error.Result}");
    }

    public static async Task<PrismProxy> StartAsync(string documentPath, Uri upstream, TimeSpan timeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Install(),
            ["proxy", documentPath, upstream.GetLeftPart(UriPartial.Authority), "--errors", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["SCARF_ANALYTICS"] = "false";
        var proxy = new PrismProxy(System.Diagnostics.Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        proxy._process.OutputDataReceived += (_, e) => proxy.Record(e.Data);
        proxy._process.ErrorDataReceived += (_, e) => proxy.Record(e.Data);
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();
        try
        {
            await proxy._listening.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await proxy.DisposeAsync();
            throw new InvalidOperationException($"Prism did not start within {timeout.TotalSeconds} s:\n{proxy.Output}");
        }

        return proxy;
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

        if (line.Contains("Prism is listening", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
