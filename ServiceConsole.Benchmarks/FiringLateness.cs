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
    public sealed record Options(int Callbacks, double PromiseMinutes, double WarningLeadMinutes, string? Output, int Parallel);

    // firing [callbacks=10000] [promiseMinutes=12] [warningLeadMinutes=2] [out] [parallel=4]
    public static Options Parse(string[] args) => new(
        args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 12,
        args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2,
        args.Length > 3 ? args[3] : null,
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 4);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        var lead = TimeSpan.FromMinutes(options.WarningLeadMinutes);
        var machine = MachineState.Describe();
        Console.Error.WriteLine(machine);

        var (console, address) = await ConsoleUnderTest.StartAsync(new Dictionary<string, string>
        {
            ["Policy:Service:PromiseCallbackHours"] = (options.PromiseMinutes / 60).ToString("R", CultureInfo.InvariantCulture),
            ["Policy:Clocks:WarningLeadMinutes"] = options.WarningLeadMinutes.ToString("R", CultureInfo.InvariantCulture),
        });
        await using var _ = console;
        using var api = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        api.DefaultRequestHeaders.Add("X-Api-Key", ConsoleUnderTest.ApiKey);
        (await api.GetAsync("/healthz")).EnsureSuccessStatusCode();

        var records = new FiringRecords(console.Database);
        var baseline = new TimerBaseline();
        var started = DateTimeOffset.UtcNow;
        Console.Error.WriteLine($"Creating {options.Callbacks} promises ({options.Parallel} in flight)…");
        var promises = await PromiseLoad.CreateAsync(api, "fire", options.Callbacks, options.Parallel, p =>
            baseline.Arm(p.DueAt, lead > TimeSpan.Zero && p.DueAt - lead > DateTimeOffset.UtcNow ? p.DueAt - lead : null));
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
