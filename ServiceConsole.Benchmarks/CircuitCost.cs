using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// What an open screen costs the server (issue 14, item 6): the managed memory one supervisor board's circuit keeps on
/// the demo centre, against an empty page's circuit (the console's shell around "access denied") measured in the same
/// run, and the server's CPU while 20 boards sit idle with their countdowns ticking, against the same server with no
/// screen open. The console runs in this process (Kestrel on loopback, the demo centre, no traffic) so that a full,
/// compacting collection measures exactly what the circuits keep alive; Chromium runs apart, as a supervisor's browser.
/// </summary>
internal static class CircuitCost
{
    private const string EmptyPage = "/account/denied";

    /// <summary><c>circuits [boards=20] [idleSeconds=60] [out]</c></summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var boards = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var idleSeconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        var output = args.Length > 2 ? args[2] : null;

        await using var console = new InProcessConsole();
        console.UseKestrel(0);
        console.StartServer();
        var address = new Uri(console.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // Warm-up: JIT, the first board build, the sign-in path.
        await CloseAllAsync(await OpenAsync(browser, address, "/", 2, board: true));
        await Task.Delay(TimeSpan.FromSeconds(10)); // the warm-up's circuits end and start-up work settles

        var idleBare = await CpuShareAsync(TimeSpan.FromSeconds(idleSeconds));

        var before = LiveBytes();
        var empties = await OpenAsync(browser, address, EmptyPage, boards, board: false);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var withEmpty = LiveBytes();
        await CloseAllAsync(empties);
        await Task.Delay(TimeSpan.FromSeconds(5)); // the closed pages' circuits end (Blazor's unload beacon)

        var beforeBoards = LiveBytes();
        var pages = await OpenAsync(browser, address, "/", boards, board: true);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var withBoards = LiveBytes();
        var idleBoards = await CpuShareAsync(TimeSpan.FromSeconds(idleSeconds));
        await CloseAllAsync(pages);

        var snapshotBytes = await SnapshotBytesAsync(console.Services);
        var perEmpty = (withEmpty - before) / (double)boards;
        var perBoard = (withBoards - beforeBoards) / (double)boards;
        var target = (2 * perEmpty) + snapshotBytes;

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Circuit memory and idle CPU, {boards} screens, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {MachineState.Describe()}")
            .AppendLine()
            .AppendLine("| measure | value | baseline (same run) | ratio | target |")
            .AppendLine("|---|---:|---:|---:|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| managed memory per supervisor board circuit (demo centre) | {Kb(perBoard)} | {Kb(perEmpty)} per empty page's circuit | {perBoard / perEmpty:0.00}× | ≤ 2× + the board's data ({Kb(snapshotBytes)}) = {Kb(target)}: {(perBoard <= target ? "met" : "missed")} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| server CPU, {boards} idle boards ticking, {idleSeconds} s | {idleBoards:0.00} % of one core | {idleBare:0.00} % with no screen open | {idleBoards - idleBare:+0.00;−0.00;0.00} points | ≤ 5 % of one core: {(idleBoards <= 5 ? "met" : "missed")} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Live managed bytes after a full compacting collection: start {Kb(before)}, {boards} empty pages {Kb(withEmpty)}, before the boards {Kb(beforeBoards)}, {boards} boards {Kb(withBoards)}. One board snapshot of the demo centre holds {Kb(snapshotBytes)} (built once, shared by every board). Every window is the demo supervisor's (one sign-in; the per-user window cap raised to 100 for the run); the console runs in the benchmark's process on a fresh SQLite file, demo centre, traffic off.")
            .ToString();
        Console.WriteLine(report);
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, report);
        }

        return 0;
    }

    private static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0} KB");

    /// <summary>Bytes reachable now: three forced, blocking, compacting collections so finalizable garbage is gone too.</summary>
    private static long LiveBytes()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>This process's CPU time over <paramref name="window"/> as a share of one core (the console is the only busy part of it).</summary>
    private static async Task<double> CpuShareAsync(TimeSpan window)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        self.Refresh();
        var cpu = self.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(window);
        self.Refresh();
        return (self.TotalProcessorTime - cpu).TotalMilliseconds / Stopwatch.GetElapsedTime(started).TotalMilliseconds * 100;
    }

    /// <summary>The managed size of one board snapshot of the demo centre: ten built and held, divided by ten.</summary>
    private static async Task<long> SnapshotBytesAsync(IServiceProvider services)
    {
        const int Held = 10;
        var source = services.GetRequiredService<IBoardSnapshotSource>();
        await source.BuildAsync(); // warm, so the measure holds snapshots and not first-use caches
        var before = LiveBytes();
        var snapshots = new List<BoardSnapshot>();
        for (var i = 0; i < Held; i++)
        {
            snapshots.Add(await source.BuildAsync());
        }

        var after = LiveBytes();
        GC.KeepAlive(snapshots);
        return (after - before) / Held;
    }

    private static async Task<List<IBrowserContext>> OpenAsync(IBrowser browser, Uri address, string path, int count, bool board)
    {
        // One sign-in, its cookie shared by every window: the sign-in rate limit allows 10 a minute per user.
        var options = new BrowserNewContextOptions
        {
            BaseURL = address.ToString(), Locale = "zh-CN", TimezoneId = "Asia/Shanghai", ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        };
        await using (var signIn = await browser.NewContextAsync(options))
        {
            var login = await signIn.NewPageAsync();
            await login.GotoAsync("/account/login");
            await login.FillAsync("#userName", "supervisor");
            await login.FillAsync("#password", "Demo@2026");
            await login.ClickAsync("button[type=submit]");
            await login.WaitForURLAsync(new Uri(address, "/").ToString());
            options.StorageState = await signIn.StorageStateAsync();
        }

        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < count; i++)
        {
            var context = await browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            if (board)
            {
                await page.WaitForSelectorAsync("[data-testid=supervisor-board] [data-testid=agent-row]");
            }

            // The live circuit has rendered over the prerendered page once Blazor's <!--!--> markers exist.
            await page.WaitForFunctionAsync(
                "() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT); while (w.nextNode()) { if (w.currentNode.data === '!') return true; } return false; }",
                null,
                new PageWaitForFunctionOptions { PollingInterval = 50 });
            contexts.Add(context);
        }

        return contexts;
    }

    private static async Task CloseAllAsync(List<IBrowserContext> contexts)
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The console itself, on a throw-away SQLite file with the demo centre and no traffic, served by Kestrel in this process.</summary>
    // Any public type of the web assembly names its entry point (this project has a Program of its own).
    private sealed class InProcessConsole : WebApplicationFactory<LiveBoardState>
    {
        private readonly string _database = Path.Combine(Path.GetTempPath(), $"serviceconsole-bench-{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Benchmark");
            builder.UseSetting("ConnectionStrings:Console", $"Data Source={_database}");
            builder.UseSetting("ServiceConsole:DataProtection:KeysPath", _database + ".keys");
            builder.UseSetting("ServiceConsole:Ingest:ApiKey", ConsoleUnderTest.ApiKey);
            builder.UseSetting("ServiceConsole:Demo:Enabled", "true");
            builder.UseSetting("ServiceConsole:Demo:TrafficPerMinute", "0");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");

            // Twenty supervisors' windows on one demo login: the per-user window cap (5) would refuse the sixth.
            builder.UseSetting("ServiceConsole:Security:MaxCircuitsPerUser", "100");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_database + suffix);
            }

            if (Directory.Exists(_database + ".keys"))
            {
                Directory.Delete(_database + ".keys", recursive: true);
            }
        }
    }
}
