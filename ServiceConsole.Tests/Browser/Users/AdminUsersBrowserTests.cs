using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Users;

/// <summary>INF-06 in Chromium: the admin lands on the accounts, disables one after a confirmation, and the row says so.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AdminUsersBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task The_admin_lands_on_the_accounts_and_disables_one_after_confirming()
    {
        await using var context = await console.NewContextAsync();
        var page = await console.SignInAsync(context, "admin");

        await Expect(page.GetByTestId("users-table")).ToBeVisibleAsync();
        var trainer = page.Locator("tr", new PageLocatorOptions { Has = page.Locator("[data-login='trainer']") });
        await Expect(trainer.GetByTestId("user-status")).ToContainTextAsync("正常");
        // The admin's own row offers no way to disable it.
        var own = page.Locator("tr", new PageLocatorOptions { Has = page.Locator("[data-login='admin']") });
        await Expect(own.GetByTestId("disable-user")).ToBeDisabledAsync();

        await trainer.GetByTestId("disable-user").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("强制退出");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "停用" }).ClickAsync();

        await Expect(trainer.GetByTestId("user-status")).ToContainTextAsync("已停用");
        await Expect(page.GetByTestId("users-message")).ToContainTextAsync("已停用");
        await BrowserConsoleFixture.SaveScreenshotAsync(page, "admin-users.png");

        // Leave the shared console as it was for the other browser tests.
        await trainer.GetByTestId("enable-user").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "启用" }).ClickAsync();
        await Expect(trainer.GetByTestId("user-status")).ToContainTextAsync("正常");
    }
}
