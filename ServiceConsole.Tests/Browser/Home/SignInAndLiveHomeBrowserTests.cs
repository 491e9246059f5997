using System.Net.Http.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Browser.Emergency;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Home;

/// <summary>
/// Chromium against the running console: the sign-in form, a role's landing page that moves by itself,
/// the language switch and signing out. The home page with the centre's numbers is HR's (a coordinator lands on
/// the emergency modes, see <see cref="CoordinatorBrowserTests"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SignInAndLiveHomeBrowserTests(BrowserConsoleFixture console)
{
    private static ILocator TileValue(IPage page, string testId) =>
        page.Locator($"[data-testid='{testId}'] .sc-tile-value");

    [Fact]
    public async Task The_sign_in_page_is_Chinese_and_hr_lands_on_their_home_with_the_live_numbers()
    {
        await using var context = await console.NewContextAsync();
        var login = await context.NewPageAsync();
        await login.GotoAsync("/account/login");
        await Expect(login.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(login.Locator("h1")).ToHaveTextAsync("登录客服中心控制台");
        await BrowserConsoleFixture.SaveScreenshotAsync(login, "login.png");

        var home = await console.SignInAsync(context, "hr");

        await Expect(home.Locator("[data-role='HR']")).ToContainTextAsync("人事");
        await Expect(TileValue(home, "contacts-today")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        await Expect(home.Locator("[data-testid='agents-available'] .sc-tile-value")).ToContainTextAsync("/ 42");
        await BrowserConsoleFixture.SaveScreenshotAsync(home, "home-hr.png");
    }

    [Fact]
    public async Task Contacts_posted_through_the_API_raise_todays_count_on_the_open_home_page_without_a_reload()
    {
        await using var context = await console.NewContextAsync();
        var home = await console.SignInAsync(context, "hr");
        var before = int.Parse(await TileValue(home, "contacts-today").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await BrowserConsoleFixture.MarkAsNotReloadedAsync(home);

        await console.PostContactAsync($"browser-home-{Guid.NewGuid():N}");
        await Expect(TileValue(home, "contacts-today")).ToHaveTextAsync($"{before + 1}");
        // A second burst, sent after the page already showed the first: only the change feed can bring it.
        await console.PostContactAsync($"browser-home-{Guid.NewGuid():N}", "phone");
        await console.PostContactAsync($"browser-home-{Guid.NewGuid():N}", "offline");
        await Expect(TileValue(home, "contacts-today")).ToHaveTextAsync($"{before + 3}");

        Assert.True(await BrowserConsoleFixture.WasNotReloadedAsync(home), "The home page was reloaded instead of updating in place.");
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task Weather_mode_switched_on_through_the_API_appears_as_a_banner_on_an_open_home_page()
    {
        await using var context = await console.NewContextAsync();
        var home = await console.SignInAsync(context, "hr");
        await Expect(home.Locator("[data-role='HR']")).ToBeVisibleAsync();
        await Expect(home.GetByTestId("emergency-banner")).ToHaveCountAsync(0);
        await BrowserConsoleFixture.MarkAsNotReloadedAsync(home);

        try
        {
            // An integration (the key), as the weather service of a partner would call it.
            var switched = await console.Api.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { reason = "台风预警 (browser test)", phase = "warning", drill = false });
            Assert.True(switched.IsSuccessStatusCode, $"Switching weather mode on gave {switched.StatusCode}: {await switched.Content.ReadAsStringAsync()}");

            await Expect(home.GetByTestId("emergency-banner")).ToBeVisibleAsync();
            Assert.True(await BrowserConsoleFixture.WasNotReloadedAsync(home), "The home page was reloaded instead of updating in place.");
        }
        finally
        {
            await console.Api.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "预警解除 (browser test)" });
        }

        await Expect(home.GetByTestId("emergency-banner")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_language_switch_turns_the_console_English_and_back_to_Chinese()
    {
        await using var context = await console.NewContextAsync();
        var home = await console.SignInAsync(context, "hr");

        await home.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "English" }).ClickAsync();

        await Expect(home.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(home.Locator("[data-role='HR']")).ToContainTextAsync("HR");
        await Expect(home.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(home.GetByTestId("contacts-today")).ToContainTextAsync("Contacts today");

        await home.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "中文" }).ClickAsync();

        await Expect(home.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(home.Locator("[data-role='HR']")).ToContainTextAsync("人事");
        await Expect(home.GetByTestId("contacts-today")).ToContainTextAsync("今日咨询量");
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_console_is_closed_until_signing_in_again()
    {
        await using var context = await console.NewContextAsync();
        var home = await console.SignInAsync(context, "coordinator");

        await home.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出" }).ClickAsync();

        await home.WaitForURLAsync("**/account/login");
        await home.GotoAsync("/");
        await Expect(home.Locator("#userName")).ToBeVisibleAsync();
        Assert.Contains("/account/login", home.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_user_on_the_sign_in_page_with_a_message_in_Chinese()
    {
        await using var context = await console.NewContextAsync();
        var login = await context.NewPageAsync();
        await login.GotoAsync("/account/login");

        await login.Locator("#userName").FillAsync("trainer");
        await login.Locator("#password").FillAsync("not-the-password");
        await login.Locator("button[type=submit]").ClickAsync();

        await Expect(login.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Contains("error=invalid", login.Url, StringComparison.Ordinal);
    }
}
