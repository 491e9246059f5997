using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Kit;

/// <summary>
/// Countdowns (<c>sc-cd--ok|amber|breached|none</c>) must be readable wherever they appear, in both themes: for every
/// countdown on the page, the text colour against its effective background (the first opaque background up its
/// ancestors, with any translucent ones laid over it) must reach 4.5:1 (WCAG AA for normal text). Once they were white on
/// white on the agent's queue cards, where the board's colours were not defined.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CountdownContrastBrowserTests(BrowserConsoleFixture console, ITestOutputHelper output)
{
    private const double Minimum = 4.5;
    private static readonly string[] EveryKind = ["ok", "amber", "breached"];
    private static readonly TimeSpan KindPatience = TimeSpan.FromSeconds(25);

    /// <summary>Every visible countdown with its kind, its colours and its contrast ratio, computed in the page.</summary>
    private const string MeasureScript =
        """
        (scope) => {
            const parse = (css) => {
                const m = css.match(/rgba?\(([^)]+)\)/);
                if (!m) return { r: 0, g: 0, b: 0, a: 0 };
                const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
                return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
            };
            const over = (top, bottom) => {
                const a = top.a + bottom.a * (1 - top.a);
                const mix = (t, b) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
                return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
            };
            const background = (el) => {
                const layers = [];
                for (let n = el; n; n = n.parentElement) {
                    const c = parse(getComputedStyle(n).backgroundColor);
                    if (c.a > 0) { layers.push(c); if (c.a >= 1) break; }
                }
                let bg = { r: 255, g: 255, b: 255, a: 1 }; // the canvas, should nothing up the tree be opaque
                for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
                return bg;
            };
            const luminance = (c) => {
                const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
            };
            const hex = (c) => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
            return [...document.querySelectorAll(scope + ' .sc-cd')]
                .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
                .map(el => {
                    const bg = background(el);
                    const fg = over(parse(getComputedStyle(el).color), bg);
                    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
                    const kind = ['ok', 'amber', 'breached', 'none'].find(k => el.classList.contains('sc-cd--' + k)) || 'unknown';
                    return { kind, ratio: (hi + 0.05) / (lo + 0.05), text: hex(fg), background: hex(bg), label: el.textContent.trim() };
                });
        }
        """;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_countdown_kind_is_readable_on_the_board_the_workspace_and_the_complaint_page(string theme)
    {
        // Complaints whose verify clock (one hour for a general complaint) is in its last 30 % and past its deadline:
        // amber and red clocks that stay so for minutes, beside the green 24-hour resolve clocks.
        var amber = await RegisterAsync(DateTimeOffset.UtcNow.AddMinutes(-50));
        var breached = await RegisterAsync(DateTimeOffset.UtcNow.AddMinutes(-70));
        var measured = new List<Measurement>();

        // Browsers on UTC, eight hours from the centre: nothing on screen may depend on the browser's zone.
        await using var supervisorContext = await console.NewContextAsync(timezoneId: "UTC");
        await using var agentContext = await console.NewContextAsync(timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(supervisorContext, async () =>
        {
            var board = await console.SignInAsync(supervisorContext, "supervisor");
            await UseThemeAsync(board, theme);
            await Expect(board.GetByTestId("supervisor-board")).ToBeVisibleAsync();
            // A contact answered by nobody yet: green, then amber, then red on the board as its 15 seconds run.
            await console.PostContactAsync(NewExternalId("contrast"), "phone");
            measured.AddRange(await MeasureUntilEveryKindAsync(board, $"{theme} board", "[data-testid='supervisor-board']"));
            if (theme == "dark")
            {
                await BrowserConsoleFixture.SaveScreenshotAsync(board, "board-dark.png");
            }

            foreach (var (id, name) in new[] { (amber, "complaint (amber)"), (breached, "complaint (breached)") })
            {
                await board.GotoAsync($"/complaints/{id}");
                await Expect(board.GetByTestId("complaint-clocks")).ToBeVisibleAsync();
                measured.AddRange(await MeasureAsync(board, $"{theme} {name}", "[data-testid='complaint-clocks']"));
            }

            Assert.Equal(EveryKind, KindsOf(measured, $"{theme} complaint"));
        });

        await BrowserEvidence.OnFailureAsync(agentContext, async () =>
        {
            var workspace = await console.SignInAsync(agentContext, "agent");
            await UseThemeAsync(workspace, theme);
            await Expect(workspace.GetByTestId("agent-workspace")).ToBeVisibleAsync();
            // One contact the agent let wait a minute and a half (overdue) and one that has just arrived.
            var overdue = NewExternalId("overdue");
            await PostToAgentAsync(overdue, DateTimeOffset.UtcNow.AddSeconds(-90));
            await PostToAgentAsync(NewExternalId("fresh"), DateTimeOffset.UtcNow);
            await Expect(workspace.Locator($"[data-testid='queue-contact'][data-external-id='{overdue}'] .sc-cd--breached")).ToBeVisibleAsync();
            if (theme == "light")
            {
                await BrowserConsoleFixture.SaveScreenshotAsync(workspace, "workspace-overdue.png");
            }

            // The queue cards, where the overdue clock was once white on white.
            measured.AddRange(await MeasureUntilEveryKindAsync(workspace, $"{theme} workspace queue card", "[data-testid='queue-contact']"));
            measured.AddRange(await MeasureAsync(workspace, $"{theme} workspace (whole screen)", "[data-testid='agent-workspace']"));
        });

        foreach (var group in measured.GroupBy(m => (m.Page, m.Kind)).OrderBy(g => g.Key.Page, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var worst = group.MinBy(m => m.Ratio)!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key.Page,-30} {group.Key.Kind,-9} {group.Count(),3} measured, lowest {worst.Ratio:0.00}:1 ({worst.Text} on {worst.Background})"));
        }

        Assert.Equal(EveryKind, KindsOf(measured, $"{theme} board"));
        Assert.Equal(EveryKind, KindsOf(measured, $"{theme} workspace queue card"));
        var unreadable = measured.Where(m => m.Ratio < Minimum).Select(m => $"{m.Page} {m.Kind} \"{m.Label}\": {m.Ratio:0.00}:1, {m.Text} on {m.Background}").Distinct().ToList();
        Assert.True(unreadable.Count == 0, $"Countdowns below {Minimum}:1:\n{string.Join('\n', unreadable)}");
    }

    /// <summary>The top bar's switch, as a user would use it; the page reloads in the chosen theme.</summary>
    private static async Task UseThemeAsync(IPage page, string theme)
    {
        if (await page.Locator("html").GetAttributeAsync("data-theme") != theme)
        {
            await page.GetByTestId("theme-switch").ClickAsync();
        }

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", theme);
        await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
    }

    /// <summary>Every visible countdown inside <paramref name="scope"/> (a CSS selector).</summary>
    private static async Task<List<Measurement>> MeasureAsync(IPage page, string name, string scope) =>
        [.. (await page.EvaluateAsync<JsonElement>(MeasureScript, scope)).EnumerateArray().Select(m => new Measurement(
            name, m.GetProperty("kind").GetString()!, m.GetProperty("ratio").GetDouble(),
            m.GetProperty("text").GetString()!, m.GetProperty("background").GetString()!, m.GetProperty("label").GetString()!))];

    /// <summary>Measures every few hundred milliseconds until each kind has shown (an amber phase lasts a few seconds).</summary>
    private static async Task<List<Measurement>> MeasureUntilEveryKindAsync(IPage page, string name, string scope)
    {
        var all = new List<Measurement>();
        var deadline = DateTime.UtcNow + KindPatience;
        while (true)
        {
            all.AddRange(await MeasureAsync(page, name, scope));
            if (KindsOf(all, name).SequenceEqual(EveryKind) || DateTime.UtcNow > deadline)
            {
                return all;
            }

            await page.WaitForTimeoutAsync(250);
        }
    }

    private static string[] KindsOf(IEnumerable<Measurement> measured, string pagePrefix) =>
        [.. EveryKind.Where(kind => measured.Any(m => m.Kind == kind && m.Page.StartsWith(pagePrefix, StringComparison.Ordinal)))];

    private static string NewExternalId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private async Task PostToAgentAsync(string externalId, DateTimeOffset arrivedAt)
    {
        var response = await console.Api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "孙先生", customerPhone = "13700137000", topic = "查件", agentCode = "A001", arrivedAt,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> RegisterAsync(DateTimeOffset receivedAt)
    {
        var response = await console.Api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = NewExternalId("contrast"), channel = "phone", customerName = "吴女士", customerPhone = "13900139000",
            waybillNo = $"YD{Random.Shared.NextInt64(1_000_000_000_000, 10_000_000_000_000)}", outletCode = $"CT-{Guid.NewGuid():N}"[..10],
            category = "delay", delayDays = 1, demand = "尽快送达", receivedAt,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private sealed record Measurement(string Page, string Kind, double Ratio, string Text, string Background, string Label);
}
