using System.Net.Http.Json;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Tests.Integration.Emergency;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Emergency;

/// <summary>
/// Chromium on the emergency pages behind the coordinator screen: a mass-complaint incident handled from its
/// page, the outage page during an outage, and the drills and supplies pages, each saved as evidence.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EmergencyPagesBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    [Trait("Rule", "EMG-03")]
    [Trait("Rule", "EMG-04")]
    public async Task EMG_03_04_a_coordinator_handles_the_mass_complaint_the_spike_opened_from_its_page()
    {
        await using var context = await console.NewContextAsync(1600, 1000);
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 21; i++)
            {
                var response = await console.Api.PostAsJsonAsync("/api/v1/complaints",
                    MassIncidentTests.Complaint($"browser-mass-{Guid.NewGuid():N}", "browser-mass", now.AddMinutes(-20 + i)));
                response.EnsureSuccessStatusCode();
            }

            try
            {
                var page = await console.SignInAsync(context, "coordinator");
                await page.GotoAsync(new Uri(console.BaseAddress, "/emergency/mass").ToString());
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
                await Expect(page.GetByTestId("incident-progress-text")).ToContainTextAsync("0/21");
                await Expect(page.GetByTestId("incident-apology")).ToContainTextAsync("道歉");
                await Expect(page.GetByTestId("incident-complaint")).ToHaveCountAsync(21);

                await page.GetByTestId("team-agent").FillAsync("A002");
                await page.GetByTestId("team-specialist").FillAsync("S001");
                await page.GetByTestId("team-head").FillAsync("王站长");
                await page.GetByTestId("team-save").ClickAsync();
                await Expect(page.GetByTestId("incident-team-names")).ToContainTextAsync("王站长");

                await page.GetByTestId("plan-input").FillAsync("积压快件 24 小时内优先派送,每位客户补偿 20 元优惠券");
                await page.GetByTestId("plan-publish").ClickAsync();
                await Expect(page.GetByTestId("incident-plan-text")).ToContainTextAsync("优先派送");

                await page.GetByTestId("notify-sms").First.ClickAsync();
                await Expect(page.GetByTestId("notify-sms")).ToHaveCountAsync(20);
                await page.Mouse.MoveAsync(0, 0);
                await BrowserConsoleFixture.SaveScreenshotAsync(page, "mass-incident.png");
            }
            finally
            {
                await console.Api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/deactivate", new { reason = "browser test cleanup" });
            }
        });
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    [Trait("Rule", "EMG-05")]
    [Trait("Rule", "EMG-06")]
    public async Task EMG_02_05_06_the_outage_drills_and_supplies_pages_show_their_state()
    {
        await using var context = await console.NewContextAsync(1600, 1000);
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var on = await console.Api.PostAsJsonAsync("/api/v1/emergency/outage/activate", new { reason = "工单系统无法登录 (browser test)" });
            on.EnsureSuccessStatusCode();
            try
            {
                var page = await console.SignInAsync(context, "coordinator");
                await page.GotoAsync(new Uri(console.BaseAddress, "/emergency/outage").ToString());
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
                await Expect(page.GetByTestId("outage-page")).ToBeVisibleAsync();
                await Expect(page.Locator("[data-testid='emergency-banner'][data-mode='outage']")).ToBeVisibleAsync();
                await page.Mouse.MoveAsync(0, 0);
                await BrowserConsoleFixture.SaveScreenshotAsync(page, "outage.png");
            }
            finally
            {
                await console.Api.PostAsJsonAsync("/api/v1/emergency/outage/deactivate", new { reason = "browser test cleanup" });
            }

            var trainer = await console.NewContextAsync(1600, 1000);
            await using (trainer)
            {
                var drills = await console.SignInAsync(trainer, "trainer");
                await drills.GotoAsync(new Uri(console.BaseAddress, "/drills").ToString());
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(drills);
                await Expect(drills.GetByText("0 0 10 15 * ?").First).ToBeVisibleAsync();
                await BrowserConsoleFixture.SaveScreenshotAsync(drills, "drills.png");

                await drills.GotoAsync(new Uri(console.BaseAddress, "/supplies").ToString());
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(drills);
                await Expect(drills.GetByTestId("supplies")).ToBeVisibleAsync();
                await BrowserConsoleFixture.SaveScreenshotAsync(drills, "supplies.png");
            }
        });
    }
}
