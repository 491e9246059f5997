using System.Diagnostics;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Process.Redis;

/// <summary>The loopback Redis of <c>scripts/redis.sh</c> (installed and started when missing; already running is fine).</summary>
internal static class RedisServer
{
    private static readonly Lazy<string> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of the running server, <c>127.0.0.1:56379</c> unless <c>SC_REDIS_PORT</c> says otherwise.</summary>
    public static string Url => Started.Value;

    private static string Start()
    {
        Run("start");
        return Run("url").Trim();
    }

    private static string Run(string command)
    {
        var start = new ProcessStartInfo("bash", [RepositoryFolder.Combine("scripts", "redis.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/redis.sh {command} did not finish within 5 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/redis.sh {command} failed ({process.ExitCode}): {errors.Result}");
        }

        return output.Result;
    }
}
