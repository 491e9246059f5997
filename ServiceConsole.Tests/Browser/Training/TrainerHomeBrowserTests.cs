using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Training;

/// <summary>TRN-01 and TRN-02 in Chromium: the trainer lands on the training desk, enrols an agent, marks the first day and schedules a session.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TrainerHomeBrowserTests(BrowserConsoleFixture console)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    [Trait("Rule", "TRN-01")]
    [Trait("Rule", "TRN-02")]
    public async Task TRN_01_TRN_02_the_trainer_enrols_an_agent_marks_day_1_and_schedules_this_months_session()
    {
        await using var context = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var page = await console.SignInAsync(context, "trainer");
            var home = page.GetByTestId("trainer-home");
            await Expect(home).ToBeVisibleAsync();
            await Expect(home).ToHaveAttributeAsync("data-readonly", "false");
            // Clicks count once the desk is rendered by the circuit, not by the prerender.
            await Expect(home).ToHaveAttributeAsync("data-interactive", "true");
            // The demo's new agent on day 3, with days 1–2 done.
            var demo = home.Locator("[data-testid='onboarding-row'][data-agent='A034']");
            await Expect(demo.Locator("[data-testid='day-cell'][data-state='done']")).ToHaveCountAsync(2);

            // Enrol an existing counter agent from today, with a senior agent of the same team as mentor.
            await page.GetByTestId("open-enrol").ClickAsync();
            var form = page.GetByTestId("enrol-form");
            await BrowserMudForms.FillAsync(form, "工号", "A041");
            await BrowserMudForms.ChooseAsync(form, "带教老员工", $"{await NameOfAsync("A040")} · 网点柜台组");
            await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
            await page.GetByTestId("enrol-submit").ClickAsync();
            var row = home.Locator("[data-testid='onboarding-row'][data-agent='A041']");
            await Expect(row).ToBeVisibleAsync();
            await Expect(row.GetByTestId("hold-cell")).ToContainTextAsync("培训中,不可上岗");
            await Expect(page.GetByTestId("enrol-form")).ToHaveCountAsync(0);

            // Day 1 is today: the trainer marks it done with a note.
            await row.Locator("[data-testid='day-cell'][data-day='1']").ClickAsync();
            await BrowserMudForms.FillAsync(page.GetByTestId("day-form"), "培训记录", "企业文化、快递条例,课堂表现良好");
            await page.GetByTestId("day-save").ClickAsync();
            await Expect(row.Locator("[data-testid='day-cell'][data-day='1']")).ToHaveAttributeAsync("data-state", "done");

            // A session later this month (centre time) on service skills and case sharing, for everyone.
            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);
            var startsAt = local.AddHours(2);
            startsAt = startsAt.Month == local.Month ? startsAt : local.AddMinutes(5);
            await page.GetByTestId("open-schedule").ClickAsync();
            var schedule = page.GetByTestId("schedule-form");
            await BrowserMudForms.FillAsync(schedule, "主题名称", "投诉处理技巧与案例分享");
            await BrowserMudForms.FillAsync(schedule, "日期", startsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await BrowserMudForms.FillAsync(schedule, "开始时间", startsAt.ToString("HH:mm", CultureInfo.InvariantCulture));
            await schedule.Locator("[data-topic='service-skills'] input").CheckAsync();
            await schedule.Locator("[data-topic='case-sharing'] input").CheckAsync();
            await page.GetByTestId("schedule-submit").ClickAsync();
            var session = home.GetByTestId("session").Filter(new LocatorFilterOptions { HasText = "投诉处理技巧与案例分享" });
            await Expect(session).ToBeVisibleAsync();
            await Expect(session).ToContainTextAsync("服务技巧");
            await Expect(session.GetByTestId("session-counts")).ToContainTextAsync("出席 0");

            await page.Mouse.MoveAsync(0, 0);
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "trainer-home.png");
        });
    }

    private async Task<string> NameOfAsync(string agentCode)
    {
        var agents = await console.Api.GetFromJsonAsync<JsonElement>("/api/v1/agents");
        return agents.EnumerateArray().Single(a => a.GetProperty("code").GetString() == agentCode).GetProperty("name").GetString()!;
    }
}
