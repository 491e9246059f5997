using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Personnel;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Personnel;

/// <summary>
/// GEN-06/07 in Chromium at 1366×768: HR signs in and lands on the HR desk (the demo's two probations ending this month,
/// the supervisor's pending demerit), opens an agent's file on the personnel page, is refused a probation shorter than
/// three months, proposes a warning (which HR cannot approve themselves) and approves the supervisor's proposal.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class HrDeskBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    [Trait("Rule", "GEN-06")]
    [Trait("Rule", "GEN-07")]
    public async Task GEN_06_07_hr_lands_on_the_desk_and_works_a_personnel_file()
    {
        await using var context = await console.NewContextAsync();
        var desk = await console.SignInAsync(context, "hr");

        await Expect(desk.GetByTestId("hr-desk")).ToBeVisibleAsync();
        await Expect(desk.Locator("[data-role='HR']")).ToContainTextAsync("人事");
        var ending = desk.GetByTestId("probation-ending");
        await Expect(ending.GetByTestId("probation-ending-agent")).ToHaveCountAsync(2);
        foreach (var code in PersonnelDemoSeed.EndingThisMonth)
        {
            await Expect(ending.Locator($"[data-agent='{code}']")).ToBeVisibleAsync();
        }

        var pending = desk.GetByTestId("pending-records");
        await Expect(pending.Locator("[data-agent='A011'][data-kind='demerit']")).ToContainTextAsync("记过");
        await Expect(desk.GetByTestId("desk-assessment")).ToContainTextAsync("月度考核");
        await Expect(desk.GetByTestId("desk-sheets")).ToContainTextAsync("考核表");
        await BrowserConsoleFixture.SaveScreenshotAsync(desk, "hr-desk.png");

        // The desk's card opens the agent's file on the personnel page, the month's ending marked.
        await ending.Locator($"[data-agent='{PersonnelDemoSeed.EndingThisMonth[1]}']").GetByTestId("open-file").ClickAsync();
        await desk.WaitForURLAsync($"**/personnel?agent={PersonnelDemoSeed.EndingThisMonth[1]}");
        await BrowserConsoleFixture.WaitUntilInteractiveAsync(desk);
        var page = desk;
        var row = page.Locator($"[data-testid='personnel-row'][data-agent='{PersonnelDemoSeed.EndingThisMonth[1]}']");
        await Expect(row).ToHaveAttributeAsync("data-ending", "true");
        await Expect(row.GetByTestId("ends-this-month")).ToHaveTextAsync("本月到期");
        var panel = page.GetByTestId("personnel-panel");
        await Expect(panel.GetByTestId("probation-change")).ToHaveCountAsync(1);
        await Expect(panel.GetByTestId("employment-facts")).ToHaveAttributeAsync("data-status", "on-probation");

        // GEN-06: a probation end one day before the three months is refused on the form.
        await panel.GetByTestId("change-probation").ClickAsync();
        var form = panel.GetByTestId("employment-form");
        var hire = await form.Locator("[data-testid=employment-hire] input, input[data-testid=employment-hire]").InputValueAsync();
        var earliest = DateOnly.ParseExact(hire, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(3);
        await form.Locator("[data-testid=employment-end] input, input[data-testid=employment-end]").FillAsync(earliest.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("[data-testid=employment-reason] input, input[data-testid=employment-reason]").FillAsync("表现突出,提前转正");
        await form.GetByTestId("employment-save").ClickAsync();
        await Expect(form).ToContainTextAsync("试用期至少 3 个月");
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "取消" }).ClickAsync();

        // GEN-07: HR proposes a warning with one of the listed causes; it waits for another HR officer.
        await panel.GetByTestId("open-propose").ClickAsync();
        var propose = panel.GetByTestId("propose-form");
        await BrowserMudForms.ChooseAsync(propose.GetByTestId("propose-kind"), "处分 · 警告");
        await BrowserMudForms.ChooseAsync(propose.GetByTestId("propose-cause"), "无故不参加公司安排的培训课程");
        await propose.Locator("[data-testid=propose-note] textarea, textarea[data-testid=propose-note]").FillAsync("12 月业务更新培训无故缺席");
        await propose.GetByTestId("propose-submit").ClickAsync();
        var proposed = panel.Locator("[data-testid='discipline-record'][data-kind='warning']");
        await Expect(proposed).ToHaveAttributeAsync("data-status", "proposed");
        await Expect(proposed.GetByTestId("panel-approve")).ToHaveCountAsync(0);
        var own = page.GetByTestId("pending-records").Locator($"[data-agent='{PersonnelDemoSeed.EndingThisMonth[1]}']");
        await Expect(own).ToContainTextAsync("本人提议");
        await BrowserConsoleFixture.SaveScreenshotAsync(page, "personnel.png");

        // HR opens the supervisor's demerit from the pending card and approves it there.
        var a011Pending = page.GetByTestId("pending-records").Locator("[data-agent='A011']");
        await a011Pending.Locator("a").First.ClickAsync();
        await Expect(page.Locator("[data-testid='personnel-panel'][data-agent='A011']")).ToBeVisibleAsync();
        await a011Pending.GetByTestId("approve-record").ClickAsync();
        await Expect(page.GetByTestId("pending-records").Locator("[data-agent='A011']")).ToHaveCountAsync(0);
        var a011 = page.Locator("[data-testid='personnel-row'][data-agent='A011']");
        await Expect(a011.Locator("td").Nth(6)).ToHaveTextAsync("1");
    }
}
