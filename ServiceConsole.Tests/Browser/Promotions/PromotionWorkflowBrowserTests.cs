using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Promotions;

/// <summary>
/// PRM-03/04/05 in Chromium: HR applies for an agent, the direct supervisor reviews, the committee (HR) decides, an agent
/// files a written objection from the publicity card on their workspace, HR answers it, and once the 7 days of publicity
/// are over HR approves and sees the effective date. The browser console runs on the real clock, so the test moves the
/// application's publicity into the past in the console's database — as if the week had passed — rather than waiting.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PromotionWorkflowBrowserTests(BrowserConsoleFixture console)
{
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"textarea[data-testid={testId}], [data-testid={testId}] textarea:not([aria-hidden=true]), input[data-testid={testId}], [data-testid={testId}] input").First;

    [Fact]
    [Trait("Rule", "PRM-03")]
    [Trait("Rule", "PRM-04")]
    [Trait("Rule", "PRM-05")]
    public async Task PRM_03_hr_takes_a_promotion_from_application_to_approval()
    {
        await using var hrContext = await console.NewContextAsync();
        await using var supervisorContext = await console.NewContextAsync();
        await using var agentContext = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(hrContext, async () =>
        {
            // HR applies for A007 (ONL-1, directly supervised by "supervisor") with the data the console already has.
            var hr = await console.SignInAsync(hrContext, "hr");
            await hr.GetByTestId("nav-promotions").ClickAsync();
            await hr.WaitForURLAsync("**/promotions");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(hr);
            await Field(hr, "apply-agent").FillAsync("A007");
            await hr.GetByTestId("apply-load").ClickAsync();
            await Expect(hr.GetByTestId("promotion-profile")).ToContainTextAsync("客服专员");
            await Expect(hr.GetByTestId("apply-target")).ToHaveAttributeAsync("data-level", "supervisor");
            await Field(hr, "apply-statement").FillAsync("入职两年，季度满意度名列前茅，愿意带教新人。");
            var rows = hr.Locator("[data-testid=promotion-row]");
            await Expect(rows).ToHaveCountAsync(2); // the demo's two applications
            var before = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
            await hr.GetByTestId("apply-submit").ClickAsync();
            await Expect(rows).ToHaveCountAsync(3);
            var id = (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)")).Except(before).Single();
            await Expect(hr.Locator($"[data-testid=promotion-row][data-id='{id}']")).ToHaveAttributeAsync("data-status", "first-review");

            // The direct supervisor's first review with the teamwork notes.
            var supervisor = await console.SignInAsync(supervisorContext, "supervisor");
            await supervisor.GotoAsync($"/promotions/{id}");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(supervisor);
            await Expect(supervisor.GetByTestId("promotion-clock")).ToHaveAttributeAsync("data-clock", "review-due");
            await Field(supervisor, "review-teamwork").FillAsync("乐于分享经验，班组协作积极。");
            await Field(supervisor, "review-note").FillAsync("业绩稳定，支持晋升。");
            await supervisor.GetByTestId("review-support").ClickAsync();
            await Expect(supervisor.GetByTestId("promotion-detail")).ToHaveAttributeAsync("data-status", "committee");

            // The committee (HR) decides with its rationale: the publicity starts.
            await hr.GotoAsync($"/promotions/{id}");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(hr);
            await Expect(hr.GetByTestId("promotion-teamwork")).ToContainTextAsync("乐于分享经验");
            await Field(hr, "decide-rationale").FillAsync("上季度考核均为合格以上，培训全部通过，同意公示。");
            await hr.GetByTestId("decide-approve").ClickAsync();
            await Expect(hr.GetByTestId("promotion-detail")).ToHaveAttributeAsync("data-status", "publicity");
            await Expect(hr.GetByTestId("approve-wait")).ToBeVisibleAsync();
            await Expect(hr.GetByTestId("hr-approve")).ToBeDisabledAsync();

            // Every agent's workspace shows the publicity; the agent files a written objection from it.
            var agent = await console.SignInAsync(agentContext, "agent");
            var item = agent.Locator($"[data-testid=publicity-item][data-id='{id}']");
            await Expect(item).ToContainTextAsync("客服主管");
            await item.GetByTestId("publicity-object").ClickAsync();
            await Field(agent, "publicity-objection-text").FillAsync("上月曾有一次服务态度投诉，请核实。");
            await agent.GetByTestId("publicity-objection-submit").ClickAsync();
            await Expect(agent.GetByTestId("publicity-message")).ToContainTextAsync("已提交异议");

            // HR answers the objection.
            await Expect(hr.GetByTestId("promotion-objection")).ToHaveAttributeAsync("data-answered", "false");
            await Field(hr, "answer-text").FillAsync("已核实：该投诉经调查非客服责任。");
            await hr.GetByTestId("answer-submit").ClickAsync();
            await Expect(hr.GetByTestId("promotion-objection")).ToHaveAttributeAsync("data-answered", "true");

            // The week of publicity passes (moved in the database), and HR approves.
            await EndPublicityAsync(Guid.Parse(id));
            await hr.ReloadAsync();
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(hr);
            await Expect(hr.GetByTestId("promotion-clock")).ToHaveAttributeAsync("data-clock", "publicity-ended");
            await Field(hr, "hr-note").FillAsync("同意晋升。");
            await hr.GetByTestId("hr-approve").ClickAsync();
            await Expect(hr.GetByTestId("promotion-detail")).ToHaveAttributeAsync("data-status", "approved");
            await Expect(hr.GetByTestId("promotion-clock")).ToHaveAttributeAsync("data-clock", "effective");
            await Expect(hr.Locator("[data-testid=promotion-step]")).ToHaveCountAsync(6);
            await Expect(hr.Locator("[data-testid=promotion-step][data-kind=hr-approval]")).ToContainTextAsync("邓人事");
            await hr.Mouse.MoveAsync(0, 0);
            await BrowserConsoleFixture.SaveScreenshotAsync(hr, "promotion-detail.png");

            await hr.GotoAsync("/promotions");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(hr);
            await Expect(hr.Locator($"[data-testid=promotion-row][data-id='{id}']")).ToHaveAttributeAsync("data-status", "approved");
            await hr.Mouse.MoveAsync(0, 0);
            await BrowserConsoleFixture.SaveScreenshotAsync(hr, "promotions.png");
        });
    }

    private async Task EndPublicityAsync(Guid id)
    {
        var week = TimeSpan.FromDays(7).Ticks + TimeSpan.FromMinutes(1).Ticks;
        await using var connection = new SqliteConnection($"Data Source={console.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE PromotionApplications SET PublicityStartsAt = PublicityStartsAt - $week, PublicityEndsAt = PublicityEndsAt - $week WHERE Id = $id;
            """;
        command.Parameters.AddWithValue("$week", week);
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        var changed = await command.ExecuteNonQueryAsync();
        Assert.Equal(1, changed);
    }
}
