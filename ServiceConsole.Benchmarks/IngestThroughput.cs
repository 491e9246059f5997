using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// Ingest throughput and latency with 1, 16 and 64 connections that each send their next request as soon as the
/// last one is answered (a closed loop), against the same loop fetching a static file from the same server in the
/// same run. Every POST must answer 201, which the console writes only after the commit holding the contact.
/// Usage: dotnet run -c Release --project ServiceConsole.Benchmarks -- ingest [seconds=10] [connections=1,16,64] [out|-] [sqlite|postgres]
/// (<c>-</c> for no file; <c>postgres</c> runs the console on a fresh database of <c>scripts/postgres.sh</c>'s server).
/// </summary>
internal static class IngestThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        int[] levels = args.Length > 1 ? [.. args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] : [1, 16, 64];
        var output = args.Length > 2 && args[2] != "-" ? args[2] : null;
        var postgres = args.Length > 3 && args[3].Equals("postgres", StringComparison.OrdinalIgnoreCase);
        if (args.Length > 3 && !postgres && !args[3].Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"Unknown provider '{args[3]}': sqlite or postgres.");
            return 2;
        }

        var before = MachineState.Describe();

        var (console, address) = await ConsoleUnderTest.StartAsync(postgres: postgres);
        await using var _ = console;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = levels.Max(), UseCookies = false })
        {
            BaseAddress = address,
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", ConsoleUnderTest.ApiKey);

        // Warm-up: JIT, connection pool, database pages.
        await LoopAsync(http, levels.Max(), TimeSpan.FromSeconds(3), "warm", ingest: true);
        await LoopAsync(http, levels.Max(), TimeSpan.FromSeconds(2), "warm", ingest: false);

        var rows = new List<string>();
        foreach (var connections in levels)
        {
            var bare = await LoopAsync(http, connections, TimeSpan.FromSeconds(seconds), $"c{connections}", ingest: false);
            var posts = await LoopAsync(http, connections, TimeSpan.FromSeconds(seconds), $"c{connections}", ingest: true);
            rows.Add(bare.Row($"{connections}", "bare GET of a static file (baseline)", bare));
            rows.Add(posts.Row($"{connections}", "POST /api/v1/contacts (201 after commit)", bare));
        }

        var report = string.Join('\n',
        [
            $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm}Z, {seconds} s per series, " +
            (postgres ? "PostgreSQL on loopback (scripts/postgres.sh, synchronous_commit on)" : "SQLite file (WAL, synchronous=FULL)") +
            ", Release build, demo centre, traffic off.",
            $"Machine before: {before}. After: {MachineState.Describe()}.",
            "",
            "| connections | series | requests | per second | p50 ms | p99 ms | max ms | throughput vs baseline | p99 vs baseline |",
            "|---|---|---|---|---|---|---|---|---|",
            .. rows,
        ]);
        Console.WriteLine(report);
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, report + "\n");
        }

        return 0;
    }

    private static async Task<Series> LoopAsync(HttpClient http, int connections, TimeSpan duration, string prefix, bool ingest)
    {
        var latencies = new List<double>[connections];
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(4096);
            for (var i = 0; Stopwatch.GetTimestamp() < end; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                if (ingest)
                {
                    using var body = new StringContent(
                        $$"""{"externalId":"{{prefix}}-{{c}}-{{i}}-{{Guid.NewGuid():N}}","channel":"online","customerName":"基准测试","customerPhone":"13800138000"}""",
                        Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync("/api/v1/contacts", body);
                    if (response.StatusCode != HttpStatusCode.Created)
                    {
                        throw new InvalidOperationException($"POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }
                }
                else
                {
                    using var response = await http.GetAsync("/assets/console.css");
                    response.EnsureSuccessStatusCode();
                    await response.Content.CopyToAsync(Stream.Null);
                }

                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new Series(Stats.Of(prefix, all), all.Count / elapsed);
    }

    private sealed record Series(Stats Stats, double PerSecond)
    {
        public string Row(string connections, string name, Series baseline) =>
            $"| {connections} | {name} | {Stats.Count} | {PerSecond:0} | {Stats.P50:0.00} | {Stats.P99:0.00} | {Stats.Max:0.00} | " +
            $"{PerSecond / baseline.PerSecond:0.00}× | {Stats.P99 / baseline.Stats.P99:0.0}× |";
    }
}
