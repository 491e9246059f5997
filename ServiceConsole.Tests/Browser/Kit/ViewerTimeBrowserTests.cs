using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Kit;

/// <summary>
/// One time rule: every screen shows times in the centre's zone (or the zone the user chose in the profile menu),
/// never in the browser's. The browser here runs on UTC, eight hours from the centre, so a screen that used the
/// browser's zone would show a different time.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ViewerTimeBrowserTests(BrowserConsoleFixture console)
{
    private static readonly TimeZoneInfo Centre = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task A_complaint_shows_the_same_centre_time_opened_from_the_board_and_directly_in_a_browser_on_utc_and_the_users_zone_once_chosen()
    {
        var received = DateTimeOffset.UtcNow.AddMinutes(-50);
        var id = await RegisterAsync(received);
        await using var context = await console.NewContextAsync(1366, 768, timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var page = await console.SignInAsync(context, "supervisor");
            await Expect(page.GetByTestId("zone-label")).ToHaveTextAsync("北京时间 UTC+8");

            // From the board, inside the circuit the board opened.
            var link = page.Locator($"[data-testid='complaint-row'][data-complaint-id='{id}'] a");
            await link.ClickAsync();
            await Expect(page.GetByTestId("complaint-facts")).ToBeVisibleAsync();
            var fromBoard = await ReceivedShownAsync(page);

            // Loaded directly: a new prerender and a new circuit.
            await page.GotoAsync($"/complaints/{id}");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
            var direct = await ReceivedShownAsync(page);

            Assert.Equal(Local(received, Centre), fromBoard);
            Assert.Equal(fromBoard, direct);
            await Expect(page.GetByTestId("zone-label")).ToHaveTextAsync("北京时间 UTC+8");

            // The user's own zone, chosen in the profile menu, applies from the first render of the reloaded page.
            await page.GetByTestId("profile-menu").Locator("button").First.ClickAsync();
            var london = page.Locator("[data-testid='zone-choice'][data-zone='Europe/London']");
            await Expect(london).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid='zone-choice'][data-chosen='true']")).ToHaveAttributeAsync("data-zone", "Asia/Shanghai");
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "profile-menu-zone.png");
            await london.ClickAsync();
            await Expect(page.GetByTestId("zone-label")).ToHaveTextAsync($"伦敦时间 {ServiceConsole.Web.Components.ViewerTime.OffsetOf(London, DateTimeOffset.UtcNow)}");
            await Expect(Received(page)).ToHaveTextAsync(Local(received, London));
            Assert.EndsWith($"/complaints/{id}", page.Url, StringComparison.Ordinal);
        });
    }

    private async Task<Guid> RegisterAsync(DateTimeOffset receivedAt)
    {
        var response = await console.Api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = $"zone-{Guid.NewGuid():N}"[..24], channel = "phone", customerName = "钱女士", customerPhone = "13900139000",
            waybillNo = $"YD{Random.Shared.NextInt64(1_000_000_000_000, 10_000_000_000_000)}", outletCode = $"TZ-{Guid.NewGuid():N}"[..10],
            category = "delay", delayDays = 1, demand = "尽快送达", receivedAt,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static ILocator Received(IPage page) =>
        page.GetByTestId("complaint-facts").Locator("dt:text-is('受理时间') + dd");

    private static async Task<string> ReceivedShownAsync(IPage page) => (await Received(page).TextContentAsync() ?? "").Trim();

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
