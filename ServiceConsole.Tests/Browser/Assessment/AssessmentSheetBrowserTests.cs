using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Assessment;

/// <summary>
/// TRN-03…05, TRN-08 in Chromium: last month's real contacts are assessed through the API (as HR's run), the supervisor
/// opens the month's sheet, scores an agent's attitude inline, reads the score, grade and consequence with the rules
/// behind them, and records the one-to-one talk.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AssessmentSheetBrowserTests(BrowserConsoleFixture console)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Online agents of the demo centre (team ONL-2), none of which another browser test works with.</summary>
    private static readonly string[] Agents = ["A010", "A011", "A012", "A013"];

    [Fact]
    [Trait("Rule", "TRN-04")]
    [Trait("Rule", "TRN-05")]
    [Trait("Rule", "TRN-08")]
    public async Task TRN_04_a_supervisor_scores_attitude_on_last_months_sheet_and_reads_the_grade_and_its_consequence()
    {
        var month = await SeedLastMonthAsync();
        var run = await console.Api.PostAsync($"/api/v1/assessments/{month}/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);

        await using var context = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var page = await console.SignInAsync(context, "supervisor");
            await page.GetByTestId("nav-assessments").ClickAsync();
            await page.WaitForURLAsync(new Uri(console.BaseAddress, "/assessments").ToString());
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);

            // The month picker opens last month; the sheet says it is final and how the score is made, from the options.
            await page.GetByTestId("month-picker").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = MonthLabel(month) }).ClickAsync();
            await Expect(page.GetByTestId("assessment-sheet")).ToHaveAttributeAsync("data-month", month);
            await Expect(page.GetByTestId("month-state")).ToHaveAttributeAsync("data-final", "true");
            await page.GetByTestId("assessment-rules").ClickAsync();
            await Expect(page.GetByTestId("assessment-rules")).ToContainTextAsync("≥ 90 分优秀:奖金 300 元");

            // The supervisor narrows the sheet to their team.
            await page.GetByTestId("team-filter").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "在线客服二组" }).ClickAsync();
            await Expect(page.Locator("[data-testid=assessment-row]")).ToHaveCountAsync(8);

            var best = Row(page, "A010");
            await Expect(best).ToHaveAttributeAsync("data-status", "awaiting-attitude");
            await Expect(best.GetByTestId("grade")).ToContainTextAsync("待评态度");

            await best.Locator("[data-testid=attitude-input] input, input[data-testid=attitude-input]").FillAsync("80");
            await best.GetByTestId("attitude-save").ClickAsync();

            await Expect(best).ToHaveAttributeAsync("data-status", "assessed");
            await Expect(best.GetByTestId("score")).ToHaveTextAsync("96.0");
            await Expect(best.GetByTestId("grade")).ToContainTextAsync("优秀");
            await Expect(best.GetByTestId("consequence")).ToContainTextAsync("奖金 300 元,优先晋升");
            await Expect(page.GetByTestId("assessment-message")).ToContainTextAsync("已保存");

            var second = Row(page, "A011");
            await second.Locator("[data-testid=attitude-input] input, input[data-testid=attitude-input]").FillAsync("70");
            await second.GetByTestId("attitude-save").ClickAsync();
            await Expect(second.GetByTestId("grade")).ToContainTextAsync("合格");
            await Expect(second.GetByTestId("consequence")).ToContainTextAsync("基本奖金");

            // The rule behind a number on hover: SVC-07 with the target from the options.
            await best.Locator("td").Nth(1).Locator(".mud-tooltip-root").HoverAsync();
            await Expect(page.Locator(".mud-tooltip").Filter(new LocatorFilterOptions { HasText = "SVC-07" })).ToContainTextAsync("95.0%");

            // TRN-08: the one-to-one talk and the plan, on the graded row.
            await best.GetByTestId("talk-open").ClickAsync();
            var editor = page.GetByTestId("talk-editor");
            await editor.Locator("[data-testid=talk-summary] textarea, textarea[data-testid=talk-summary]").FillAsync("肯定了本月的响应速度和客户评价");
            await editor.Locator("[data-testid=talk-plan] textarea, textarea[data-testid=talk-plan]").FillAsync("下月带教一名新坐席,分享查件话术");
            await editor.GetByTestId("talk-save").ClickAsync();
            await Expect(best).ToContainTextAsync("已面谈");

            await Expect(page.GetByTestId("grade-summary")).ToContainTextAsync("优秀 1");
            await Expect(page.GetByTestId("grade-chart")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("kpi-trend").Locator("svg").First).ToBeVisibleAsync();
            await page.Mouse.MoveAsync(0, 0);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "assessment-sheet.png");
        });

        var kpi = await console.Api.GetFromJsonAsync<JsonElement>($"/api/v1/agents/A010/kpi?month={month}");
        Assert.Equal((96.0, "excellent"), (kpi.GetProperty("score").GetDouble(), kpi.GetProperty("grade").GetString()));
    }

    private static ILocator Row(IPage page, string agent) => page.Locator($"[data-testid=assessment-row][data-agent='{agent}']");

    private static string MonthLabel(string month) => $"{int.Parse(month[..4], CultureInfo.InvariantCulture)}年{int.Parse(month[5..], CultureInfo.InvariantCulture)}月";

    /// <summary>
    /// Last month's served contacts for the agents: A010 meets every target, the others less so; and a few the month
    /// before, for the trend. Returns last month.
    /// </summary>
    private async Task<string> SeedLastMonthAsync()
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);
        var first = new DateTime(local.Year, local.Month, 1).AddMonths(-1);
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        for (var a = 0; a < Agents.Length; a++)
        {
            var before = new DateTimeOffset(first.AddMonths(-1).AddDays(10 + a).AddHours(15), TimeSpan.FromHours(8));
            await ServedContactAsync(Agents[a], before, answerAfterSeconds: 4 + (5 * a), resolved: a != 2, rating: 5 - a);
        }

        for (var a = 0; a < Agents.Length; a++)
        {
            for (var i = 0; i < 4; i++)
            {
                var arrived = new DateTimeOffset(first.AddDays(3 + (7 * i) + a).AddHours(10), TimeSpan.FromHours(8));
                var good = a == 0 || i % (a + 1) != 0;
                await ServedContactAsync(Agents[a], arrived, answerAfterSeconds: good ? 6 : 25, resolved: good || a == 1, rating: good ? 5 : 3);
            }
        }

        return month;
    }

    private async Task ServedContactAsync(string agent, DateTimeOffset arrived, int answerAfterSeconds, bool resolved, int rating)
    {
        var created = await console.Api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = $"assess-{Guid.NewGuid():N}"[..24],
            channel = "online",
            customerName = "钱女士",
            customerPhone = "13900139000",
            topic = "查件",
            arrivedAt = arrived,
            agentCode = agent,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var answered = await console.Api.PostAsJsonAsync($"/api/v1/contacts/{id}/answer", new { agentCode = agent, at = arrived.AddSeconds(answerAfterSeconds) });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var closed = await console.Api.PostAsJsonAsync($"/api/v1/contacts/{id}/close", new { at = arrived.AddSeconds(answerAfterSeconds + 180), resolved, satisfaction = rating });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }
}
