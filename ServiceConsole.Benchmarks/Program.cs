using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using ServiceConsole.Benchmarks;

// Ingest → hub-client latency, against the bare HTTP round trip to the same server and the POST round trip itself.
// Usage: dotnet run -c Release --project ServiceConsole.Benchmarks -- [contacts=400] [hubClients=5] [out=docs/benchmarks.md] [boards=0,3,20]
// Each board count is one phase of the same run: the boards open, then contacts are posted about four a second;
// 0 boards is that pacing with no screen, the comparison for the POST round trip with boards open.
// Firing lateness of the durable clocks, against bare timers (FiringLateness):
//        dotnet run -c Release --project ServiceConsole.Benchmarks -- firing [callbacks=10000] [promiseMinutes] [warningLeadMinutes] [out] [parallel]
if (args is ["firing", .. var firing])
{
    return await FiringLateness.RunAsync(firing);
}

// Memory per supervisor board circuit against an empty page's, and server CPU with idle boards (CircuitCost):
//        dotnet run -c Release --project ServiceConsole.Benchmarks -- circuits [boards=20] [idleSeconds=60] [out]
if (args is ["circuits", .. var circuits])
{
    return await CircuitCost.RunAsync(circuits);
}

// Ingest throughput and latency at 1, 16 and 64 connections, against a static file (IngestThroughput):
//        dotnet run -c Release --project ServiceConsole.Benchmarks -- ingest [seconds=10] [connections=1,16,64] [out|-] [sqlite|postgres]
if (args is ["ingest", .. var ingest])
{
    return await IngestThroughput.RunAsync(ingest);
}

var contacts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
var hubClients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var output = args.Length > 2 ? args[2] : null;
int[] boardCounts = args.Length > 3 ? [.. args[3].Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture))] : [0, 3, 20];

var (console, address) = await ConsoleUnderTest.StartAsync();
await using var _ = console;
var pinning = CpuPinning.Requested ? CpuPinning.Apply(console.Database) : "not pinned (set SERVICECONSOLE_BENCH_PIN=1 to pin)";
using var http = new HttpClient { BaseAddress = address };
http.DefaultRequestHeaders.Add("X-Api-Key", ConsoleUnderTest.ApiKey);

var arrivals = new ConcurrentDictionary<string, long>[hubClients];
var connections = new List<HubConnection>();
for (var i = 0; i < hubClients; i++)
{
    var seen = arrivals[i] = new ConcurrentDictionary<string, long>();
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(address, "/hubs/live"), options => options.Headers["X-Api-Key"] = ConsoleUnderTest.ApiKey)
        .Build();
    connection.On<JsonElement>("contactChanged", c => seen.TryAdd(c.GetProperty("externalId").GetString()!, Stopwatch.GetTimestamp()));
    await connection.StartAsync();
    connections.Add(connection);
}

// Warm-up: JIT, connection pools, SQLite pages.
for (var i = 0; i < 50; i++)
{
    (await http.GetAsync("/assets/console.css")).Dispose();
    await PostAsync($"warm-{i}");
}

var bare = new List<double>();
var post = new List<double>();
var push = new List<double>();
for (var i = 0; i < contacts; i++)
{
    var started = Stopwatch.GetTimestamp();
    using (var response = await http.GetAsync("/assets/console.css"))
    {
        response.EnsureSuccessStatusCode();
    }

    bare.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    var id = $"bench-{i}";
    started = Stopwatch.GetTimestamp();
    var contactId = await PostAsync(id);
    post.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    // Wait for every hub client before the next post, so each sample is one contact's own latency.
    var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5;
    foreach (var seen in arrivals)
    {
        long at;
        while (!seen.TryGetValue(id, out at))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"{id} never reached a hub client.");
            }

            await Task.Yield();
        }

        push.Add(Stopwatch.GetElapsedTime(started, at).TotalMilliseconds);
    }

    // Closed again outside the measured span, so queues stay as short as on a working floor.
    (await http.PostAsJsonAsync($"/api/v1/contacts/{contactId}/close", new { resolved = true })).Dispose();
}

foreach (var connection in connections)
{
    await connection.DisposeAsync();
}

var phases = new List<(int Boards, List<double> Posts, List<double> Dom)>();
foreach (var boards in boardCounts)
{
    var (posts, dom) = await BoardDomLatency.MeasureAsync(address, http, boards, Math.Min(contacts, 100), $"b{boards}");
    phases.Add((boards, posts, dom));
}

var baseline = Stats.Of("bare GET of a static file, same server (baseline)", bare);
var rows = new List<Stats>
{
    baseline,
    Stats.Of("POST /api/v1/contacts round trip (201 after commit)", post),
    Stats.Of($"POST sent → contactChanged at each of {hubClients} hub clients", push),
};
foreach (var (boards, posts, dom) in phases)
{
    rows.Add(Stats.Of($"POST round trip, about 4/s, with {boards} supervisor boards open", posts));
    if (dom.Count > 0)
    {
        rows.Add(Stats.Of($"POST sent → row in the DOM of each of {boards} open supervisor boards", dom));
    }
}

var quiet = phases.FirstOrDefault(p => p.Boards == 0).Posts;
var ratios = quiet is { Count: > 0 }
    ? phases.Where(p => p.Boards > 0).Select(p =>
        $"POST round trip with {p.Boards} boards open vs none: p50 {Stats.Of("", p.Posts).P50 / Stats.Of("", quiet).P50:0.00}×, p99 {Stats.Of("", p.Posts).P99 / Stats.Of("", quiet).P99:0.00}×.")
    : [];
var report = string.Join('\n',
[
    $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm}Z on {Environment.ProcessorCount} cores, {contacts} contacts, {hubClients} hub clients (WebSockets), boards {string.Join("/", boardCounts)} in headless Chromium, SQLite file, Release build.",
    $"CPU: {pinning}.",
    "",
    "| series | samples | p50 ms | p90 ms | p99 ms | max ms | p50 vs baseline | p99 vs baseline |",
    "|---|---|---|---|---|---|---|---|",
    .. rows.Select(r => r.Row(baseline)),
    "",
    .. ratios,
]);
Console.WriteLine(report);
if (output is not null)
{
    await File.WriteAllTextAsync(output, report + "\n");
}

return 0;

async Task<string> PostAsync(string externalId)
{
    using var response = await http.PostAsJsonAsync("/api/v1/contacts", new
    {
        externalId,
        channel = "online",
        customerName = "基准测试",
        customerPhone = "13800138000",
    });
    if ((int)response.StatusCode != 201)
    {
        throw new InvalidOperationException($"POST {externalId} answered {(int)response.StatusCode}");
    }

    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
}
