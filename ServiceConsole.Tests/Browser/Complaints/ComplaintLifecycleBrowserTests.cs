using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Complaints;

/// <summary>
/// Chromium carries one complaint from registration to close on its page, by clicking only: the test hooks are
/// <c>complaint-status[data-status]</c>, <c>action-verify|propose|answer|callback</c> with <c>*-submit</c> buttons,
/// choices marked <c>data-fault</c>, <c>data-kind</c>, <c>data-satisfied</c>, <c>data-satisfaction</c>, and fields labelled in Chinese.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ComplaintLifecycleBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    [Trait("Rule", "CMP-04")]
    [Trait("Rule", "CMP-05")]
    [Trait("Rule", "CMP-08")]
    [Trait("Rule", "CMP-09")]
    [Trait("Rule", "CMP-10")]
    [Trait("Rule", "CMP-11")]
    public async Task A_supervisor_carries_a_complaint_from_verification_through_a_reopening_to_close_on_its_page()
    {
        await using var context = await console.NewContextAsync(1440, 900);
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var page = await console.SignInAsync(context, "supervisor");
            var id = await RegisterAsync();
            await page.GotoAsync($"/complaints/{id}");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
            await ExpectStatusAsync(page, "registered");

            // CMP-04: verifying needs findings and the party at fault; the page says so on the fields.
            var verify = page.GetByTestId("action-verify");
            await verify.GetByTestId("verify-submit").ClickAsync();
            await Expect(verify.Locator("[data-error=faultParty]")).ToContainTextAsync("请选择责任方");
            await Expect(verify.Locator("[data-field=findings]")).ToContainTextAsync("请填写核实结论");
            await BrowserMudForms.FillAsync(verify, "核实结论", "网点分拣积压,延误两天属实");
            await verify.Locator("[data-fault=courier]").ClickAsync();
            await BrowserMudForms.FillAsync(verify, "责任快递员", "K-07");
            await verify.GetByTestId("verify-submit").ClickAsync();
            await ExpectStatusAsync(page, "verified");
            await Expect(page.GetByTestId("facts-accountability")).ToContainTextAsync("快递员 K-07");
            await Expect(page.GetByTestId("facts-accountability")).ToHaveAttributeAsync("title", "CMP-11"); // the rule in the tooltip

            // CMP-05/08: the first proposal is the quote (a 10-yuan coupon for two days); the customer declines it.
            await ProposeAsync(page, round: 1, expectedPrefill: "10");
            var answer = page.GetByTestId("action-answer");
            await BrowserMudForms.FillAsync(answer, "客户意见", "金额太少");
            await answer.GetByTestId("decline-submit").ClickAsync();
            await ProposeAsync(page, round: 2, kind: "cash", amount: "30");
            await page.GetByTestId("action-answer").GetByTestId("accept-submit").ClickAsync();
            await ExpectStatusAsync(page, "resolved");

            // CMP-09/10: not satisfied at the follow-up call reopens the complaint for a recallback within 12 h.
            await CallBackAsync(page, satisfied: false, score: 2, "仍不满意,要求现金赔偿 50 元");
            await ExpectStatusAsync(page, "reopened");
            await Expect(page.GetByTestId("action-callback")).ToHaveAttributeAsync("data-clock", "recallback");
            await Expect(page.Locator("[data-testid=complaint-clock][data-clock=recallback][data-running=true]")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("reopen-count")).ToBeVisibleAsync();
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "complaint-reopened.png");

            await ProposeAsync(page, round: 3, kind: "cash", amount: "50");
            await page.GetByTestId("action-answer").GetByTestId("accept-submit").ClickAsync();
            await ExpectStatusAsync(page, "resolved");
            await CallBackAsync(page, satisfied: true, score: 5, "满意");
            await ExpectStatusAsync(page, "closed");
            await Expect(page.GetByTestId("no-actions")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=round-row]")).ToHaveCountAsync(3);
            await Expect(page.Locator("[data-testid=timeline-entry][data-action=reopened]")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=timeline-entry][data-action=closed]")).ToHaveCountAsync(1);
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "complaint-lifecycle.png");

            var stored = await console.Api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
            Assert.Equal("closed", stored.GetProperty("status").GetString());
            Assert.Equal(1, stored.GetProperty("reopenCount").GetInt32());
            Assert.Equal(["declined", "accepted", "accepted"], stored.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        });
    }

    private async Task<Guid> RegisterAsync()
    {
        var waybill = $"YD{Random.Shared.NextInt64(1_000_000_000_000, 10_000_000_000_000)}";
        var response = await console.Api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = $"life-{Guid.NewGuid():N}"[..24], channel = "phone", customerName = "李先生", customerPhone = "13900139000",
            waybillNo = waybill, outletCode = "HZ-XH-01", category = "delay", delayDays = 2, demand = "尽快送达并按规定补偿",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ExpectStatusAsync(IPage page, string status) =>
        await Expect(page.GetByTestId("complaint-status")).ToHaveAttributeAsync("data-status", status);

    private static async Task ProposeAsync(IPage page, int round, string? expectedPrefill = null, string? kind = null, string? amount = null)
    {
        var propose = page.Locator($"[data-testid=action-propose][data-round='{round}']");
        await Expect(propose).ToBeVisibleAsync();
        var amountInput = BrowserMudForms.Field(propose, "金额").Locator("input");
        if (expectedPrefill is not null)
        {
            await Expect(amountInput).ToHaveValueAsync(expectedPrefill);
        }

        if (kind is not null)
        {
            await propose.Locator($"[data-field=kind] [data-kind={kind}]").ClickAsync();
        }

        if (amount is not null)
        {
            await BrowserMudForms.FillAsync(propose, "金额", amount);
        }

        await propose.GetByTestId("propose-submit").ClickAsync();
        await Expect(page.Locator($"[data-testid=action-answer][data-round='{round}']")).ToBeVisibleAsync();
    }

    private static async Task CallBackAsync(IPage page, bool satisfied, int score, string note)
    {
        var callback = page.GetByTestId("action-callback");
        await callback.Locator($"[data-satisfied={(satisfied ? "true" : "false")}]").ClickAsync();
        await callback.Locator($"[data-satisfaction='{score}']").ClickAsync();
        await BrowserMudForms.FillAsync(callback, "回访记录", note);
        await callback.GetByTestId("callback-submit").ClickAsync();
    }
}
