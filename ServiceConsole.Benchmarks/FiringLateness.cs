using System.Globalization;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// Firing lateness of the durable clocks (issue 4; target p99 ≤ 250 ms): thousands of SVC-05 promise
/// callbacks pending at once on the real console, each with a warning and a breach trigger in the
/// Quartz SQLite store, against bare .NET timers in this process waking at the same instants.
/// </summary>
/// <remarks>
/// The promise window is shortened to minutes through configuration so that every promise is still
/// pending when the last one is made, and they then fall due at about the rate they were made.
/// </remarks>
internal static class FiringLateness
{
    /// <param name="Store">sqlite (one node, the default), postgres (one node) or cluster (two nodes of scripts/cluster.sh).</param>
    public sealed record Options(int Callbacks, double PromiseMinutes, double WarningLeadMinutes, string? Output, int Parallel, string Store)
    {
        public string Describe() => Store switch
        {
            "cluster" => "two console nodes (scripts/cluster.sh) on one fresh PostgreSQL database, Quartz clustered in it, Redis between them; promises made half on each node",
            "postgres" => "one console on a fresh PostgreSQL database (scripts/postgres.sh), Quartz persistent store in it (clustered)",
            _ => "console on a fresh SQLite file (WAL), Quartz persistent store in the same file",
        };
    }

    // firing [callbacks=10000] [promiseMinutes=12] [warningLeadMinutes=2] [out|-] [parallel=4] [sqlite|postgres|cluster]
    public static Options Parse(string[] args) => new(
        args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 12,
        args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2,
        args.Length > 3 && args[3] != "-" ? args[3] : null,
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 4,
        args.Length > 5 ? args[5].ToLowerInvariant() switch
        {
            "sqlite" or "postgres" or "cluster" => args[5].ToLowerInvariant(),
            var other => throw new ArgumentException($"Unknown store '{other}': sqlite, postgres or cluster."),
        } : "sqlite");

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        var lead = TimeSpan.FromMinutes(options.WarningLeadMinutes);
        var machine = MachineState.Describe();
        Console.Error.WriteLine(machine);

        var settings = new Dictionary<string, string>
        {
            ["Policy:Service:PromiseCallbackHours"] = (options.PromiseMinutes / 60).ToString("R", CultureInfo.InvariantCulture),
            ["Policy:Clocks:WarningLeadMinutes"] = options.WarningLeadMinutes.ToString("R", CultureInfo.InvariantCulture),
        };
        IAsyncDisposable host;
        Uri[] nodes;
        FiringRecords records;
        if (options.Store == "cluster")
        {
            var cluster = await ClusterUnderTest.StartAsync(settings);
            (host, nodes, records) = (cluster, [cluster.NodeA, cluster.NodeB], new FiringRecords(cluster.Database, postgres: true));
        }
        else
        {
            var postgres = options.Store == "postgres";
            var (console, address) = await ConsoleUnderTest.StartAsync(settings, postgres);
            (host, nodes, records) = (console, [address], new FiringRecords(console.Database, postgres));
        }

        await using var _ = host;
        var apis = nodes.Select(node =>
        {
            var api = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromMinutes(2) };
            api.DefaultRequestHeaders.Add("X-Api-Key", ConsoleUnderTest.ApiKey);
            return api;
        }).ToList();
        foreach (var api in apis)
        {
            (await api.GetAsync("/healthz")).EnsureSuccessStatusCode();
        }

        var baseline = new TimerBaseline();
        var started = DateTimeOffset.UtcNow;
        Console.Error.WriteLine($"Creating {options.Callbacks} promises ({options.Parallel} in flight)…");
        // On a cluster each node takes its share of the promises, as behind a balancer.
        var shares = await Task.WhenAll(apis.Select((api, n) => PromiseLoad.CreateAsync(
            api, $"fire{n}", (options.Callbacks / apis.Count) + (n < options.Callbacks % apis.Count ? 1 : 0), Math.Max(1, options.Parallel / apis.Count), p =>
                baseline.Arm(p.DueAt, lead > TimeSpan.Zero && p.DueAt - lead > DateTimeOffset.UtcNow ? p.DueAt - lead : null))));
        var promises = shares.SelectMany(share => share).ToList();
        var created = DateTimeOffset.UtcNow;
        var firstDue = promises.Min(p => p.DueAt);
        var lastDue = promises.Max(p => p.DueAt);
        var pendingAtOnce = promises.Count - records.CountBreached(started);
        Console.Error.WriteLine($"Created in {(created - started).TotalSeconds:0.0} s; {pendingAtOnce} pending; first due in {(firstDue - created).TotalSeconds:0.0} s, last in {(lastDue - created).TotalSeconds:0.0} s.");

        var timeout = lastDue + TimeSpan.FromMinutes(5);
        long breached;
        while ((breached = records.CountBreached(started)) < promises.Count && DateTimeOffset.UtcNow < timeout)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var ended = DateTimeOffset.UtcNow;
        Console.Error.WriteLine($"{breached} of {promises.Count} breached {(ended - lastDue).TotalSeconds:0.0} s after the last due time.");
        await baseline.WhenAllAsync(TimeSpan.FromMinutes(1));

        var ids = promises.Select(p => p.Id).ToHashSet();
        var breaches = records.Breaches(ids);
        var warnings = records.Warnings(ids);
        var report = new FiringReport(options, machine, started, created, ended, pendingAtOnce, promises, breaches, warnings,
            records.CountBreachAlerts(ids), baseline).Render();
        Console.WriteLine(report);
        if (options.Output is not null)
        {
            await File.WriteAllTextAsync(options.Output, report + "\n");
        }

        return breaches.Count == promises.Count ? 0 : 1;
    }
}
