using System.Net.Http.Json;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Emergency;

/// <summary>
/// Chromium on the coordinator screen (<c>coordinator-screen</c>, <c>mode-card[data-mode]</c> with <c>data-active</c> and
/// <c>data-phase</c>, its <c>[data-field=reason]</c>, <c>switch-on</c>, <c>phase-button[data-phase]</c>, <c>switch-off</c>,
/// <c>log-entry</c>) while a supervisor's board is open in another browser.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CoordinatorBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    [Trait("Rule", "EMG-07")]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_07_the_coordinator_walks_weather_mode_from_warning_to_response_to_off_and_an_open_board_follows_without_a_reload()
    {
        await using var supervisorContext = await console.NewContextAsync(1920, 1080);
        await using var coordinatorContext = await console.NewContextAsync(1600, 1000);
        await BrowserEvidence.OnFailureAsync(supervisorContext, () => BrowserEvidence.OnFailureAsync(coordinatorContext, async () =>
        {
            var board = await console.SignInAsync(supervisorContext, "supervisor");
            await Expect(board.GetByTestId("supervisor-board")).ToBeVisibleAsync();
            await Expect(board.GetByTestId("emergency-banner")).ToHaveCountAsync(0);
            await BrowserConsoleFixture.MarkAsNotReloadedAsync(board);

            // The coordinator lands on the emergency modes.
            var screen = await console.SignInAsync(coordinatorContext, "coordinator");
            await Expect(screen.GetByTestId("coordinator-screen")).ToBeVisibleAsync();
            var weather = screen.Locator("[data-testid='mode-card'][data-mode='weather']");
            var reason = weather.Locator("[data-field='reason'] input");
            var banner = board.Locator("[data-testid='emergency-banner'][data-mode='weather']");

            try
            {
                await weather.GetByTestId("switch-on").ClickAsync();
                await Expect(weather.Locator("[data-field='reason']")).ToContainTextAsync("请填写切换原因");
                await Expect(weather).ToHaveAttributeAsync("data-active", "false");

                await reason.FillAsync("台风“海葵”红色预警,预计明早登陆 (browser test)");
                await weather.GetByTestId("switch-on").ClickAsync();
                await Expect(weather).ToHaveAttributeAsync("data-active", "true");
                await Expect(weather).ToHaveAttributeAsync("data-phase", "warning");

                await Expect(banner).ToBeVisibleAsync();
                await Expect(banner).ToContainTextAsync("阶段:预警");
                await Expect(banner).ToContainTextAsync("台风“海葵”红色预警");
                await Expect(board.GetByTestId("emergency-banner")).ToHaveCountAsync(1);
                await Expect(screen.Locator("[data-testid='emergency-banner'][data-mode='weather']")).ToBeVisibleAsync();
                await BrowserConsoleFixture.SaveScreenshotAsync(board, "board-weather-banner.png");

                await reason.FillAsync("台风已登陆,转入响应:包裹滞留杭州转运中心 (browser test)");
                await weather.Locator("[data-testid='phase-button'][data-phase='response']").ClickAsync();
                await Expect(weather).ToHaveAttributeAsync("data-phase", "response");
                await Expect(banner).ToContainTextAsync("阶段:响应");
                await Expect(screen.GetByTestId("log-entry").First).ToHaveAttributeAsync("data-action", "phase");
                await Expect(screen.GetByTestId("log-entry").First).ToContainTextAsync("郑协调"); // by name, not login
                await screen.Mouse.MoveAsync(0, 0); // no hover highlight in the evidence
                await BrowserConsoleFixture.SaveScreenshotAsync(screen, "coordinator.png");

                await reason.FillAsync("台风过境,解除自然灾害模式 (browser test)");
                await weather.GetByTestId("switch-off").ClickAsync();
                await Expect(weather).ToHaveAttributeAsync("data-active", "false");
                await Expect(board.GetByTestId("emergency-banner")).ToHaveCountAsync(0);
                await Expect(screen.GetByTestId("emergency-banner")).ToHaveCountAsync(0);
                await Expect(screen.GetByTestId("log-entry").First).ToHaveAttributeAsync("data-action", "deactivate");
                Assert.True(await BrowserConsoleFixture.WasNotReloadedAsync(board), "The board was reloaded instead of updating in place.");
            }
            finally
            {
                // The browser tests share one console: whatever happened above, weather mode ends off (409 when it already is).
                await console.Api.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "browser test cleanup" });
            }
        }));
    }
}
