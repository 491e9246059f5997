using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Account;

/// <summary>
/// Issue 11 part 5 in Chromium: the supervisor board still works under the console's Content-Security-Policy (no
/// violation reported by the page, none in the console messages), and part 4: one user's screens are capped.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ContentSecurityPolicyBrowserTests(BrowserConsoleFixture console)
{
    // Registered before any page script runs (Playwright injects it outside the page's policy).
    private const string RecordViolations =
        "document.addEventListener('securitypolicyviolation', e => (window.__cspViolations ??= []).push(e.violatedDirective + ' ' + e.blockedURI));";

    private static async Task<string[]> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");

    [Fact]
    public async Task The_supervisor_board_works_live_under_the_policy_without_a_single_violation()
    {
        await using var context = await console.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        var messages = new List<string>();
        context.Console += (_, message) => messages.Add($"{message.Type}: {message.Text}");

        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var board = await console.SignInAsync(context, "supervisor");
            await Expect(board.GetByTestId("supervisor-board")).ToBeVisibleAsync();
            await Expect(board.Locator("[data-testid='agent-row']")).ToHaveCountAsync(42);

            var externalId = $"csp-{Guid.NewGuid():N}"[..24];
            await console.PostContactAsync(externalId, "phone");
            await Expect(board.Locator($"[data-testid='waiting-contact'][data-external-id='{externalId}']")).ToBeVisibleAsync();

            // A click through the circuit and the theme switch (a full page load under the policy) still work.
            await board.Locator("[data-testid='agent-row']").First.ClickAsync();
            // Wait for the page load the switch starts: probing the old page while it unloads loses its context.
            var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            board.Load += (_, _) => reloaded.TrySetResult();
            await board.GetByTestId("theme-switch").ClickAsync();
            await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(board);
            await Expect(board.GetByTestId("supervisor-board")).ToBeVisibleAsync();

            Assert.Empty(await ViolationsAsync(board));
            Assert.DoesNotContain(messages, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || m.Contains("Refused to", StringComparison.Ordinal));
        });
    }

    [Fact]
    [Trait("Rule", "INF-06")]
    public async Task INF_06_a_sixth_open_screen_of_one_user_is_refused_with_a_notice_and_closing_one_frees_its_place()
    {
        await using var context = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var pages = new List<IPage> { await console.SignInAsync(context, "trainer") };
            for (var i = 1; i < 5; i++)
            {
                var open = await context.NewPageAsync();
                await open.GotoAsync("/");
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(open);
                pages.Add(open);
            }

            var sixth = await context.NewPageAsync();
            await sixth.GotoAsync("/");
            await Expect(sixth.GetByTestId("circuit-limit")).ToBeVisibleAsync();
            await Expect(sixth.GetByTestId("circuit-limit")).ToContainTextAsync("5");
            foreach (var admitted in pages)
            {
                await Expect(admitted.GetByTestId("circuit-limit")).ToHaveCountAsync(0);
            }

            // A closed tab's circuit leaves as its connection drops; the refused screen then gets in on a reload.
            await pages[^1].CloseAsync();
            await Eventually.True(async () =>
            {
                await sixth.ReloadAsync();
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(sixth);
                return await sixth.GetByTestId("circuit-limit").CountAsync() == 0;
            }, TimeSpan.FromSeconds(20), "the refused screen to get in after a tab closed", TimeSpan.FromMilliseconds(500));
        });
    }
}
