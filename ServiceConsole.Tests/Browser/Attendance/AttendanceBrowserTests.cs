using System.Globalization;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Attendance;

/// <summary>
/// GEN-03…05 in Chromium on the demo centre: the supervisor's team attendance for the last working day (an absence, a
/// missing clock-out they correct), then HR's printable monthly sheet, whose navigation does not print.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AttendanceBrowserTests(BrowserConsoleFixture console)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    [Trait("Rule", "GEN-03")]
    [Trait("Rule", "GEN-05")]
    public async Task GEN_03_GEN_05_the_supervisor_corrects_a_missing_clock_out_and_hr_prints_the_monthly_sheet()
    {
        // The demo's last working day before today (Monday–Saturday): A004 absent, A005 without a clock-out.
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime).AddDays(-1);
        if (day.DayOfWeek == DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using (var context = await console.NewContextAsync())
        {
            await BrowserEvidence.OnFailureAsync(context, async () =>
            {
                var page = await console.SignInAsync(context, "supervisor");
                await Expect(page.GetByTestId("nav-attendance")).ToBeVisibleAsync();
                await page.GotoAsync($"/attendance/team?team=ONL-1&date={date}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
                var table = page.GetByTestId("team-day");
                await Expect(table.Locator("[data-testid='day-row']")).ToHaveCountAsync(8);
                await Expect(table.Locator("[data-agent='A004']")).ToHaveAttributeAsync("data-status", "absent");
                await Expect(table.Locator("[data-agent='A004']")).ToContainTextAsync("旷工");
                var a005 = table.Locator("[data-agent='A005']");
                await Expect(a005).ToHaveAttributeAsync("data-status", "missing-punch");
                await Expect(a005).ToContainTextAsync("未打卡");

                await a005.GetByTestId("correct").ClickAsync();
                var panel = page.GetByTestId("correction-panel");
                await Expect(panel).ToBeVisibleAsync();
                await panel.Locator("[data-testid='correct-time'] input, input[data-testid='correct-time']").First.FillAsync("17:40");
                await BrowserMudForms.FillAsync(panel, "原因", "打卡机故障，经核实按时下班");
                await page.GetByTestId("correct-submit").ClickAsync();
                await Expect(a005).ToHaveAttributeAsync("data-status", "on-time");
                await Expect(panel).ToContainTextAsync("打卡机故障");

                await page.Mouse.MoveAsync(0, 0);
                await BrowserConsoleFixture.SaveScreenshotAsync(page, "attendance-team.png");
            });
        }

        await using (var context = await console.NewContextAsync())
        {
            await BrowserEvidence.OnFailureAsync(context, async () =>
            {
                var page = await console.SignInAsync(context, "hr");
                await page.GotoAsync($"/attendance/sheet?team=ONL-1&month={day:yyyy-MM}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
                var sheet = page.GetByTestId("sheet");
                await Expect(sheet.Locator("[data-testid='sheet-row']")).ToHaveCountAsync(8);
                await Expect(sheet).ToContainTextAsync("在线客服一组");
                // A008 has no pay profile in the demo: its base reads "none", never a made-up figure.
                await Expect(sheet.Locator("[data-testid='sheet-row'][data-agent='A008']")).ToContainTextAsync("无档案");
                await Expect(sheet.Locator("[data-testid='sheet-row'][data-agent='A004'] td").Nth(9)).Not.ToHaveTextAsync("0.00");
                await Expect(page.GetByTestId("sheet-totals")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("pay-editor")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("overtime-form")).ToBeVisibleAsync();

                await page.Mouse.MoveAsync(0, 0);
                await BrowserConsoleFixture.SaveScreenshotAsync(page, "attendance-sheet.png");

                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
                await Expect(page.GetByTestId("print")).ToBeHiddenAsync();
                await Expect(page.GetByTestId("pay-editor")).ToBeHiddenAsync();
                await Expect(page.GetByTestId("overtime-form")).ToBeHiddenAsync();
                await Expect(sheet).ToBeVisibleAsync();
            });
        }
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public async Task GEN_01_hr_opens_the_rosters_from_the_desk_and_gives_one_agent_a_saturday_half_day()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        await using var context = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var page = await console.SignInAsync(context, "hr");
            await page.GotoAsync("/hr", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await Expect(page.GetByTestId("desk-rosters")).ToHaveAttributeAsync("href", "/attendance/rosters");
            await page.GotoAsync("/attendance/rosters?team=ONL-1", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
            await Expect(page.GetByTestId("rosters-help")).ToContainTextAsync("08:00–12:00");

            var form = page.GetByTestId("roster-form");
            await form.GetByText("单个客服", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
            await BrowserMudForms.Field(form, "客服").ClickAsync();
            var option = page.Locator(".mud-popover-open .mud-list-item").First;
            var agentName = (await option.InnerTextAsync()).Trim();
            await option.ClickAsync();
            await BrowserMudForms.FillAsync(form, "结束日期", today.AddDays(27).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await form.Locator("[data-day='Saturday'] input").CheckAsync();
            await form.Locator("input[data-testid='roster-start']").FillAsync("09:00");
            await form.Locator("input[data-testid='roster-end']").FillAsync("13:00");
            await BrowserMudForms.FillAsync(form, "备注", "周六半天班，下午轮休");
            await page.GetByTestId("roster-submit").ClickAsync();

            var row = page.GetByTestId("roster").Filter(new LocatorFilterOptions { HasTextString = "周六半天班" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync(agentName);
            await Expect(row).ToContainTextAsync("09:00–13:00");
            await Expect(row).ToContainTextAsync("周六");
            await Expect(page.GetByTestId("rosters-notice")).ToBeVisibleAsync();

            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await page.Mouse.MoveAsync(0, 0);
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "attendance-rosters.png");
        });
    }
}
