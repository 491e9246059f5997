using System.Net.Http.Json;
using Microsoft.Playwright;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// Ingest → DOM: supervisors' boards open in Chromium; each page records (with a MutationObserver, in
/// the page's own clock) when a posted contact's row appears. Same machine, so the page's epoch clock
/// and ours agree to well under a millisecond.
/// </summary>
internal static class BoardDomLatency
{
    private const string Recorder = """
        window.__seen = {};
        new MutationObserver(() => {
          for (const row of document.querySelectorAll('[data-testid=waiting-contact][data-external-id^="dom"]')) {
            const id = row.getAttribute('data-external-id');
            if (!(id in window.__seen)) window.__seen[id] = performance.timeOrigin + performance.now();
          }
        }).observe(document.body, { childList: true, subtree: true });
        """;

    /// <summary>
    /// Opens <paramref name="boards"/> boards (none is allowed: the same pacing without a screen, for comparison), then
    /// posts <paramref name="contacts"/> contacts about four a second.
    /// </summary>
    /// <returns>Each POST's round trip, and for each board how long each contact took to reach its DOM.</returns>
    public static async Task<(List<double> Posts, List<double> Dom)> MeasureAsync(Uri address, HttpClient api, int boards, int contacts, string prefix)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var pages = new List<IPage>();
        for (var i = 0; i < boards; i++)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(address, "/account/login").ToString());
            await page.FillAsync("#userName", "supervisor");
            await page.FillAsync("#password", "Demo@2026");
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("[data-testid=supervisor-board] [data-testid=agent-row]");
            // The live circuit has rendered over the prerendered page once Blazor's <!--!--> markers exist.
            await page.WaitForFunctionAsync(
                "() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT); while (w.nextNode()) { if (w.currentNode.data === '!') return true; } return false; }",
                null,
                new PageWaitForFunctionOptions { PollingInterval = 50 });
            await page.EvaluateAsync(Recorder);
            pages.Add(page);
        }

        var latencies = new List<double>();
        var posts = new List<double>();
        for (var i = 0; i < contacts; i++)
        {
            var id = $"dom{prefix}-{i}";
            var sentAt = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var response = await api.PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = id,
                channel = "phone",
                customerName = "基准测试",
                customerPhone = "13800138000",
            });
            response.EnsureSuccessStatusCode();
            posts.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            foreach (var page in pages)
            {
                var seenAt = await page.WaitForFunctionAsync($"() => window.__seen['{id}']", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
                latencies.Add(await seenAt.JsonValueAsync<double>() - sentAt);
            }

            // Close the contact again so the waiting list stays short, as on a working board.
            var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            using var closed = await api.PostAsJsonAsync($"/api/v1/contacts/{created.GetProperty("id")}/close", new { resolved = false });
            await Task.Delay(250); // about four contacts a second, twice the demo's traffic
        }

        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        return (posts, latencies);
    }
}
