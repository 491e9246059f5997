using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Board;

/// <summary>
/// Issue 10 in a real browser whose clock is in UTC: the board fits a 1366×768 screen with what needs a supervisor above
/// the fold, its search opens what it finds, a move asks first, and a specialist lands on their desk.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BoardWorkingScreenBrowserTests(BrowserConsoleFixture console)
{
    private static string NewExternalId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private static string NewWaybill() => $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";

    private async Task<JsonElement> RegisterComplaintAsync(string waybill, string category, int itemValue, string phone = "13700001234")
    {
        var response = await console.Api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = NewExternalId("cmp"), channel = "phone", customerName = "钱女士", customerPhone = phone,
            waybillNo = waybill, outletCode = "CD-JN-02", category, itemValue, demand = "尽快赔偿", receivedAt = DateTimeOffset.UtcNow,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertAboveTheFoldAsync(ILocator locator, string what)
    {
        // A live board may replace a row between being seen and being measured (another test's alert arrives, a row
        // re-renders): measuring a row that has just been replaced answers null, so measure again until one holds still.
        var box = await locator.First.BoundingBoxAsync();
        for (var attempt = 0; box is null && attempt < 20; attempt++)
        {
            await Task.Delay(100);
            box = await locator.First.BoundingBoxAsync();
        }

        Assert.True(box is not null, $"{what} is not on the board.");
        Assert.True(box!.Y + box.Height <= 768, $"{what} ends at y={box.Y + box.Height}, below the fold of a 1366×768 screen.");
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    [Trait("Rule", "CMP-03")]
    public async Task At_1366x768_the_overdue_contacts_the_major_complaints_and_the_alerts_are_above_the_fold()
    {
        // An overdue chat (SVC-01: 10 s) and a major complaint (damage above the major threshold, CMP-03).
        await console.PostContactAsync(NewExternalId("late"), "online", agentCode: "A005");
        await RegisterComplaintAsync(NewWaybill(), "damage", 50_000);
        await using var context = await console.NewContextAsync(1366, 768, timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var board = await console.SignInAsync(context, "supervisor");
            await Expect(board.Locator("[data-testid='complaint-row'][data-severity='major']").First).ToBeVisibleAsync();
            await Expect(board.Locator("[data-testid='waiting-contact'] .sc-cd--breached").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Expect(board.Locator("[data-testid='alert-panel'] li").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

            await AssertAboveTheFoldAsync(board.Locator("[data-testid='alert-panel'] li"), "The newest alert");
            await AssertAboveTheFoldAsync(board.Locator("[data-testid='waiting-contact']"), "The most pressing waiting contact");
            await AssertAboveTheFoldAsync(board.Locator("[data-testid='complaint-row'][data-severity='major']"), "A major complaint");
            Assert.Equal("true", await board.Locator("[data-testid='waiting-contact']").First.Locator("[data-deadline]").First.EvaluateAsync<string>(
                "e => String(e.classList.contains('sc-cd--breached'))")); // overdue first
            await BrowserConsoleFixture.SaveScreenshotAsync(board, "board-1366x768.png");

            await board.SetViewportSizeAsync(1920, 1080);
            await Expect(board.GetByTestId("board-trend")).ToBeVisibleAsync();
            await BrowserConsoleFixture.SaveScreenshotAsync(board, "board-1920x1080.png");
        });
    }

    [Fact]
    public async Task The_search_finds_a_complaint_by_waybill_and_opens_it_and_a_contact_by_the_last_four_phone_digits()
    {
        var waybill = NewWaybill();
        var complaint = await RegisterComplaintAsync(waybill, "delay", 100);
        await console.PostContactAsync(NewExternalId("find"), "phone", agentCode: "A020", customerName: "孙先生", waybillNo: NewWaybill());
        await using var context = await console.NewContextAsync(1366, 768, timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var board = await console.SignInAsync(context, "supervisor");
            var search = board.GetByTestId("board-search").Locator("input");

            await search.FillAsync(waybill);
            var hit = board.Locator("[data-testid='search-hit'][data-kind='complaint']");
            await Expect(hit).ToHaveCountAsync(1);
            await BrowserConsoleFixture.SaveScreenshotAsync(board, "board-search.png");
            await hit.ClickAsync();
            // The complaint opens by in-app navigation (no page load to wait for): watch the address and the page.
            await Expect(board).ToHaveURLAsync(new Regex($"/complaints/{complaint.GetProperty("id").GetString()}$"));
            await Expect(board.GetByTestId("complaint-status")).ToBeVisibleAsync();

            await board.GotoAsync("/");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(board);
            await Expect(board.GetByTestId("supervisor-board")).ToBeVisibleAsync();
            await board.GetByTestId("board-search").Locator("input").FillAsync("8000"); // the fixture's phone ends 8000
            await board.Locator("[data-testid='search-hit'][data-kind='contact']").First.ClickAsync();
            await Expect(board.Locator("[data-testid='agent-queue']")).ToHaveCountAsync(1);
        });
    }

    [Fact]
    public async Task Moving_a_contact_asks_first_and_cancelling_leaves_it_where_it_was()
    {
        var externalId = NewExternalId("move");
        var posted = await console.PostContactAsync(externalId, "online", agentCode: "A003");
        await using var context = await console.NewContextAsync(1366, 768, timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var board = await console.SignInAsync(context, "supervisor");
            var row = board.Locator($"[data-testid='waiting-contact'][data-external-id='{externalId}']");
            await Expect(row).ToBeVisibleAsync();

            await row.GetByTestId("move-contact").SelectOptionAsync("A004");
            var dialog = board.Locator(".mud-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog).ToContainTextAsync("A004");
            await BrowserConsoleFixture.SaveScreenshotAsync(board, "board-move-confirm.png");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

            await Expect(dialog).ToHaveCountAsync(0);
            var contact = await console.Api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{posted.GetProperty("id").GetString()}");
            Assert.Equal("A003", contact.GetProperty("agentCode").GetString());

            await row.GetByTestId("move-contact").SelectOptionAsync("A004");
            await board.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "移交" }).ClickAsync();
            await Expect(row.Locator("td").Nth(3)).ToContainTextAsync("A004");
        });
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task A_specialist_lands_on_their_desk_with_the_major_complaint_and_its_evidence_checklist()
    {
        var waybill = NewWaybill();
        var complaint = await RegisterComplaintAsync(waybill, "damage", 60_000);
        var owner = complaint.GetProperty("assignee").GetString()!; // majors go to the least-loaded specialist
        Assert.StartsWith("specialist", owner, StringComparison.Ordinal);
        await using var context = await console.NewContextAsync(1366, 768, timezoneId: "UTC");
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var desk = await console.SignInAsync(context, owner);
            await Expect(desk.GetByTestId("complaint-desk")).ToBeVisibleAsync();
            await Expect(desk.Locator("[data-testid='desk-complaint']", new() { HasText = waybill })).ToBeVisibleAsync();
            await desk.Locator("[data-testid='desk-complaint']", new() { HasText = waybill }).ClickAsync();
            await Expect(desk.GetByTestId("evidence-checklist")).ToBeVisibleAsync();
            await Expect(desk.Locator("[data-testid='evidence-item']")).ToHaveCountAsync(4);
            await BrowserConsoleFixture.SaveScreenshotAsync(desk, "desk.png");
        });
    }
}
