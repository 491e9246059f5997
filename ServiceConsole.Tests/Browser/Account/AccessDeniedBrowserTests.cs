using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Account;

/// <summary>A page the user's role may not open says so in their language, in the console's frame, with the ways out.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessDeniedBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    public async Task An_agent_opening_the_drills_sees_the_denied_page_not_json_and_finds_the_way_home()
    {
        await using var context = await console.NewContextAsync(timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var page = await console.SignInAsync(context, "agent");

            // Typed into the address bar: the server refuses it and sends the browser to the denied page.
            await page.GotoAsync("/drills");

            var denied = page.GetByTestId("access-denied");
            await Expect(denied).ToBeVisibleAsync();
            await Expect(denied.Locator("h1")).ToHaveTextAsync("无法打开此页面");
            await Expect(page.GetByTestId("denied-reason")).ToHaveTextAsync("您的角色(客服)无权打开此页面。");
            await Expect(denied).ToContainTextAsync("/drills");
            await Expect(page.GetByTestId("denied-sign-out")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("zone-label")).ToBeVisibleAsync(); // the normal frame, top bar and all
            await Expect(page).ToHaveTitleAsync("无法打开此页面");
            Assert.DoesNotContain("\"title\"", await page.ContentAsync(), StringComparison.Ordinal);
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "access-denied.png");

            // The top bar's language switch reloads the same page in English.
            await page.Locator("a[href^='/account/culture']").ClickAsync();
            await Expect(denied.Locator("h1")).ToHaveTextAsync("You cannot open this page");
            await Expect(page.GetByTestId("denied-reason")).ToHaveTextAsync("Your role (Agent) may not open this page.");
            await Expect(denied).ToContainTextAsync("/drills");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);

            await page.GetByTestId("denied-home").ClickAsync();
            await Expect(page.GetByTestId("agent-workspace")).ToBeVisibleAsync();
        });
    }
}
