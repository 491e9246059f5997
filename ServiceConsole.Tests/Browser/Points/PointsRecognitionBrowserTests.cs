using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Domain.Points;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Points;

/// <summary>
/// SVC-12 in Chromium: last month's ratings propose the excellent agent on the points page, which a supervisor reaches
/// from the board's bar; they confirm, and the agent on their workspace sees the choice arrive without a reload. The
/// ledger beside it shows this month's CMP-11/12 and SVC-10 entries by name with the rule on hover.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PointsRecognitionBrowserTests(BrowserConsoleFixture console)
{
    private static readonly TimeZoneInfo Centre = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    [Trait("Rule", "SVC-12")]
    [Trait("Rule", "SVC-10")]
    public async Task SVC_12_a_supervisor_confirms_the_proposed_excellent_agent_and_every_agent_sees_it()
    {
        var lastMonth = CentreMonth.Of(DateTimeOffset.UtcNow, Centre).Previous;
        var rated = lastMonth.StartIn(Centre).AddDays(9).AddHours(10);
        // A005: 12 ratings, mean 4.83; A006: 10 ratings, mean 4.80; A007: 4 five-star ratings, too few to be proposed.
        await RateAsync("A005", rated, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4]);
        await RateAsync("A006", rated.AddDays(1), [5, 5, 5, 5, 5, 5, 5, 5, 4, 4]);
        await RateAsync("A007", rated.AddDays(2), [5, 5, 5, 5]);
        var ledgerMonth = await LedgerEntriesAsync();

        await using var agentContext = await console.NewContextAsync();
        await using var context = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var workspace = await console.SignInAsync(agentContext, "agent");
            await Expect(workspace.GetByTestId("agent-workspace")).ToBeVisibleAsync();
            await Expect(workspace.GetByTestId("excellent-agent-banner")).ToHaveCountAsync(0);

            var page = await console.SignInAsync(context, "supervisor");
            await Expect(page.GetByTestId("supervisor-board")).ToBeVisibleAsync();
            await page.GetByTestId("nav-points").ClickAsync();
            await page.WaitForURLAsync("**/points");
            await Expect(page.GetByTestId("points-page")).ToBeVisibleAsync();

            var recognition = page.GetByTestId("recognition");
            await Expect(recognition).ToHaveAttributeAsync("data-month", lastMonth.ToString());
            await Expect(page.GetByTestId("recognition-proposal")).ToHaveAttributeAsync("data-agent", "A005");
            await Expect(page.GetByTestId("recognition-proposal")).ToContainTextAsync("均分 4.83,12 次评分,10 次五星");
            await Expect(recognition.Locator("[data-testid=candidate][data-agent=A007]")).ToContainTextAsync("评分次数不足");
            var proposed = (await page.GetByTestId("recognition-proposal").Locator("b").TextContentAsync())!.Trim();

            if (ledgerMonth != CentreMonth.Of(DateTimeOffset.UtcNow, Centre).ToString())
            {
                // The entries were made in the last minutes of last month: the ledger shows that month.
                await ChooseAsync(page, "ledger-month", MonthName(ledgerMonth));
            }

            var ledger = page.GetByTestId("ledger");
            await Expect(ledger.Locator("[data-testid=ledger-entry][data-rule=CMP-11]")).ToContainTextAsync("快递员刘洋");
            await Expect(ledger.Locator("[data-testid=ledger-entry][data-rule=CMP-12]")).ToContainTextAsync("客服责任");
            await Expect(ledger.Locator("[data-testid=ledger-entry][data-rule=SVC-10][data-code=A006]")).ToHaveCountAsync(2);
            await Expect(ledger.Locator("[data-testid=ledger-entry][data-rule=SVC-10]").First).ToContainTextAsync("违反服务规范");
            await Expect(ledger.Locator("[data-testid=ledger-entry][data-code=A006]").First).Not.ToContainTextAsync("A006");

            await page.GetByTestId("confirm-recognition").ClickAsync();

            await Expect(page.GetByTestId("recognition-confirmed")).ToHaveAttributeAsync("data-agent", "A005");
            await Expect(page.GetByTestId("recognition-confirmed")).ToContainTextAsync("奖励 200 元");
            await Expect(page.GetByTestId("points-message")).ToContainTextAsync(proposed);
            await Expect(workspace.GetByTestId("excellent-agent-banner")).ToContainTextAsync($"优秀客服:{proposed},获奖励 200 元");
            await page.Mouse.MoveAsync(0, 0); // no tooltip left open in the picture
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "points-recognition.png");
        });
    }

    /// <summary>Contacts the agent served from <paramref name="from"/> on, an hour apart, each rated by the customer.</summary>
    private async Task RateAsync(string agent, DateTimeOffset from, int[] ratings)
    {
        for (var i = 0; i < ratings.Length; i++)
        {
            var arrivedAt = from.AddHours(i);
            var created = await console.Api.PostAsJsonAsync("/api/v1/contacts", new
            {
                externalId = $"pts-{_run}-{agent}-{i}", channel = "online", customerName = "王女士", customerPhone = "13800138000",
                topic = "查件", arrivedAt, agentCode = agent,
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            await PostOkAsync($"/api/v1/contacts/{id}/answer", new { agentCode = agent, at = arrivedAt.AddSeconds(5) });
            await PostOkAsync($"/api/v1/contacts/{id}/close", new { at = arrivedAt.AddMinutes(3), resolved = true, satisfaction = ratings[i] });
        }
    }

    /// <summary>
    /// This month's ledger: a courier and an agent held accountable on verified complaints (closed again, so no board
    /// shows them open), a norm violation found on one of them and one seen directly. Returns the month they are in.
    /// </summary>
    private async Task<string> LedgerEntriesAsync()
    {
        // Within the hour CMP-04 gives the verification, so no clock runs out on the board.
        var received = DateTimeOffset.UtcNow.AddMinutes(-10);
        await ClosedComplaintAsync("delay", received, "courier", "快递员刘洋");
        var agent = await ClosedComplaintAsync("unclear-answer", received.AddMinutes(1), "agent", "A006");
        await PostOkAsync("/api/v1/points/violations", new { agentCode = "A006", complaintId = agent, reason = "答复前未核对物流轨迹" });
        await PostOkAsync("/api/v1/points/violations", new { agentCode = "A006", reason = "通话结束未使用标准结束语" });
        return CentreMonth.Of(received.AddMinutes(2), Centre).ToString();
    }

    private async Task<string> ClosedComplaintAsync(string category, DateTimeOffset received, string faultParty, string accountable)
    {
        var created = await console.Api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = $"pts-{_run}-{faultParty}", channel = "phone", customerName = "蒋女士", customerPhone = "13800138000",
            waybillNo = $"YD{(uint)(_run + faultParty).GetHashCode(StringComparison.Ordinal) % 10_000_000_000_000u:D13}", outletCode = "PT-XH-09",
            category, delayDays = category == "delay" ? 2 : (int?)null, demand = "给个说法", receivedAt = received,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await PostOkAsync($"/api/v1/complaints/{id}/verify", new { findings = faultParty == "courier" ? "快递员漏派,延误属实" : "客服答复有误导致升级", faultParty, accountable, at = received.AddMinutes(2) });
        await PostOkAsync($"/api/v1/complaints/{id}/propose", new { kind = "coupon", amount = 10, at = received.AddMinutes(3) });
        await PostOkAsync($"/api/v1/complaints/{id}/accept", new { at = received.AddMinutes(4) });
        await PostOkAsync($"/api/v1/complaints/{id}/callback", new { satisfied = true, at = received.AddMinutes(5) });
        return id;
    }

    private async Task PostOkAsync(string path, object body)
    {
        var response = await console.Api.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string MonthName(string month)
    {
        Assert.True(CentreMonth.TryParse(month, out var parsed));
        return new DateTime(parsed.Year, parsed.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("Y", new System.Globalization.CultureInfo("zh-CN"));
    }

    private static async Task ChooseAsync(IPage page, string testId, string value)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = value }).First.ClickAsync();
    }
}
