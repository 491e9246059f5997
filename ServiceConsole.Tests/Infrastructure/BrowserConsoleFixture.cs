using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// The real console as a real process on 127.0.0.1 (a random port, its own SQLite file, the demo centre without
/// demo traffic, its own API key) and one headless Debian Chromium driven by Playwright, started once for all browser tests.
/// Nothing is ever downloaded: the Playwright driver ships in the NuGet package and the browser is the system's.
/// </summary>
public sealed class BrowserConsoleFixture : IAsyncLifetime
{
    public const string ApiKey = "browser-test-key-0123456789";
    /// <summary>Debian's Chromium; CHROMIUM_PATH points elsewhere (another distribution's package name).</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    public const string DemoPassword = "Demo@2026";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    internal static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"serviceconsole-browser-{Guid.NewGuid():N}.db");
    private ConsoleProcess? _console;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _api;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The console's SQLite file, for a test that must move a record's clock (the console runs on the real clock).</summary>
    public string DatabasePath => _database;

    /// <summary>The integration API with the key, as the telephony and chat platforms call it.</summary>
    public HttpClient Api => _api ?? throw new InvalidOperationException("The console is not running.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    /// <summary>Where the evidence goes: docs/screenshots/ at the repository top.</summary>
    public static string ScreenshotFolder { get; } = RepositoryFolder.Combine("docs", "screenshots");

    public async Task InitializeAsync()
    {
        RequireChromiumAndCjkFonts();
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        // Belt and braces: the .NET driver only downloads on an explicit `playwright install`, never here.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // Live changes arrive in coalesced bursts of half a second; a loaded 2-core machine needs headroom, not sleeps.
        Assertions.SetDefaultExpectTimeout(10_000);

        // Development, not Testing: run from a build output (not a publish folder), only Development reads the static
        // web assets manifest, so in any other environment blazor.web.js and MudBlazor's files are served empty and
        // no circuit ever starts. The settings below override everything appsettings.Development.json sets.
        _console = ConsoleProcess.Start("Development", new Dictionary<string, string>
        {
            ["ConnectionStrings:Console"] = $"Data Source={_database}",
            ["ServiceConsole:Ingest:ApiKey"] = ApiKey,
            ["ServiceConsole:Demo:Enabled"] = "true",
            ["ServiceConsole:Demo:TrafficPerMinute"] = "0",
        });
        var browserStarting = LaunchChromiumAsync();

        try
        {
            BaseAddress = await _console.WaitUntilListeningAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException(
                $"The console did not report \"Now listening on\" within {StartTimeout.TotalSeconds} s. Its output:\n{_console.Output}");
        }

        _api = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        await browserStarting;
    }

    /// <summary>
    /// A fresh browser context (its own cookies) in Chinese, at the given size, on the centre's time zone unless a test
    /// puts the browser elsewhere (the screens must not care).
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1366, int height = 768, string timezoneId = "Asia/Shanghai")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = timezoneId,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>Signs in through the real form and waits until the role's landing page is on screen.</summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Uri(BaseAddress, "/").ToString());
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// Waits until the circuit has rendered over the prerendered page. Before that, typing into a field is lost
    /// when the interactive render replaces it, and a change may be missed by a screen not yet subscribed.
    /// Prerendered HTML has no <c>&lt;!--!--&gt;</c> markers; the interactive renderer writes one per component.
    /// </summary>
    public static async Task WaitUntilInteractiveAsync(IPage page) =>
        await page.WaitForFunctionAsync(
            """
            () => {
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
                while (walker.nextNode()) { if (walker.currentNode.data === '!') return true; }
                return false;
            }
            """,
            null,
            new PageWaitForFunctionOptions { PollingInterval = 50 });

    /// <summary>Marks the page so a test can prove later that it was never reloaded.</summary>
    public static async Task MarkAsNotReloadedAsync(IPage page) =>
        await page.EvaluateAsync("() => { window.__scNotReloaded = true; }");

    public static async Task<bool> WasNotReloadedAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => window.__scNotReloaded === true");

    /// <summary>
    /// The antiforgery header a signed-in browser's own API writes must carry (issue 11): read once from
    /// <c>/account/antiforgery</c> with the context's cookie, as a script of the console would.
    /// </summary>
    public static async Task<Dictionary<string, string>> AntiforgeryHeadersAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await context.APIRequest.GetAsync("/account/antiforgery");
        var tokens = await response.JsonAsync() ?? throw new InvalidOperationException($"No antiforgery token: {response.Status}");
        return new() { [tokens.GetProperty("headerName").GetString()!] = tokens.GetProperty("token").GetString()! };
    }

    public static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, fileName), Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>Posts a contact through the integration API and returns what the console stored.</summary>
    public async Task<JsonElement> PostContactAsync(
        string externalId, string channel = "online", string? agentCode = null, string customerName = "王女士", string waybillNo = "YD4312345678901")
    {
        var response = await Api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId,
            channel,
            customerName,
            customerPhone = "13800138000",
            waybillNo,
            topic = "查件",
            agentCode,
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /api/v1/contacts gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _api?.Dispose();
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        ConsoleAppFactory.DeleteKeys(ConsoleProcess.KeysPathOf($"Data Source={_database}"));
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_database + suffix);
            }
            catch (IOException)
            {
                // Left to the temp cleaner.
            }
        }
    }

    private async Task LaunchChromiumAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ChromiumSandbox = false,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>Fails at once with the fix, instead of a hang or screenshots full of empty boxes.</summary>
    private static void RequireChromiumAndCjkFonts()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests drive Debian's Chromium at {ChromiumPath}, which is missing. Run ./scripts/test.sh " +
                "(it installs chromium and fonts-noto-cjk) or `apt-get install chromium fonts-noto-cjk`; " +
                "skip them with --filter \"Category!=Browser\".");
        }

        var listed = "";
        try
        {
            using var fonts = System.Diagnostics.Process.Start(new ProcessStartInfo("fc-list", [":lang=zh", "family"]) { RedirectStandardOutput = true });
            listed = fonts?.StandardOutput.ReadToEnd() ?? "";
            fonts?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No fontconfig at all: no fonts either.
        }

        if (string.IsNullOrWhiteSpace(listed))
        {
            throw new InvalidOperationException(
                "No Chinese font is installed, so the screens would render as empty boxes. " +
                "Run ./scripts/test.sh or `apt-get install fonts-noto-cjk`.");
        }
    }
}
