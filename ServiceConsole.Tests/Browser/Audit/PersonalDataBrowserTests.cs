using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ServiceConsole.Tests.Browser.Audit;

/// <summary>
/// INF-07 and INF-05 in Chromium: a supervisor sees a complainant masked, reveals them for a reason, and the admin
/// finds that reveal in the audit trail, verifies the chain and reads the security incidents.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PersonalDataBrowserTests(BrowserConsoleFixture console)
{
    [Fact]
    [Trait("Rule", "INF-07")]
    [Trait("Rule", "INF-05")]
    public async Task A_supervisor_reveals_a_masked_complainant_for_a_reason_and_the_admin_reads_it_in_the_verified_audit_trail()
    {
        await using var context = await console.NewContextAsync();
        await BrowserEvidence.OnFailureAsync(context, async () =>
        {
            var response = await console.Api.PostAsJsonAsync("/api/v1/complaints", new
            {
                externalId = $"reveal-{Guid.NewGuid():N}"[..24], channel = "phone", customerName = "欧阳女士", customerPhone = "13612345678",
                waybillNo = $"YD{Random.Shared.NextInt64(1_000_000_000_000, 10_000_000_000_000)}", outletCode = "HZ-XH-01",
                category = "delay", delayDays = 1, demand = "尽快送达",
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var complaint = await response.Content.ReadFromJsonAsync<JsonElement>();
            var customerId = complaint.GetProperty("customerId").GetGuid();

            var page = await console.SignInAsync(context, "supervisor");
            await page.GotoAsync($"/complaints/{complaint.GetProperty("id").GetGuid()}");
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(page);
            var customer = page.GetByTestId("complaint-facts").GetByTestId("customer");
            await Expect(customer.GetByTestId("customer-phone")).ToHaveTextAsync("136****5678");
            await Expect(customer.GetByTestId("customer-name")).ToHaveTextAsync("欧**");
            Assert.DoesNotContain("13612345678", await page.ContentAsync(), StringComparison.Ordinal);

            await customer.GetByTestId("customer-reveal").ClickAsync();
            await BrowserMudForms.FillAsync(page.GetByTestId("complaint-facts"), "查看原因", "客户来电核实收件信息");
            await page.GetByTestId("reveal-confirm").ClickAsync();
            await Expect(customer.GetByTestId("customer-phone")).ToHaveTextAsync("13612345678");
            await BrowserConsoleFixture.SaveScreenshotAsync(page, "complaint-revealed.png");

            await using var adminContext = await console.NewContextAsync();
            var admin = await console.SignInAsync(adminContext, "admin");
            await admin.GetByTestId("admin-tabs").GetByText("审计记录").ClickAsync();
            await Expect(admin.GetByTestId("audit-page")).ToBeVisibleAsync();
            await BrowserConsoleFixture.WaitUntilInteractiveAsync(admin);
            await BrowserMudForms.FillAsync(admin.GetByTestId("audit-page"), "对象(如 customer:…)", $"customer:{customerId}");
            await admin.GetByTestId("audit-search").ClickAsync();
            var reveal = admin.Locator("[data-testid=audit-row][data-action='data.reveal']");
            await Expect(reveal).ToContainTextAsync("客户来电核实收件信息");
            await Expect(reveal).ToContainTextAsync("周主管");
            await Expect(reveal).ToContainTextAsync("127.0.0.1"); // the address the supervisor's browser connects from
            await admin.GetByTestId("audit-verify").ClickAsync();
            await Expect(admin.GetByTestId("audit-verification")).ToHaveAttributeAsync("data-ok", "true");
            await BrowserConsoleFixture.SaveScreenshotAsync(admin, "admin-audit.png");

            await admin.GetByTestId("admin-tabs").GetByText("安全事件").ClickAsync();
            await Expect(admin.GetByTestId("security-page")).ToBeVisibleAsync();

            // INF-11: the admin records a data loss by the customers' phones; the customer is listed masked, to be told.
            await admin.GetByTestId("open-data-loss").ClickAsync();
            await BrowserMudForms.FillAsync(admin.GetByTestId("data-loss-form"), "发生了什么", "备份盘损坏,部分投诉记录丢失");
            await BrowserMudForms.FillAsync(admin.GetByTestId("data-loss-form"), "受影响客户的手机号", "13612345678");
            await admin.GetByTestId("data-loss-submit").ClickAsync();
            var affected = admin.GetByTestId("affected-customer");
            await Expect(affected).ToContainTextAsync("136****5678");
            await Expect(admin.Locator("[data-testid=security-incident][data-kind=data-loss]").First).ToContainTextAsync("备份盘损坏");
            await BrowserConsoleFixture.SaveScreenshotAsync(admin, "admin-security.png");
            await affected.GetByTestId("notified").ClickAsync();
            await Expect(affected).ToHaveAttributeAsync("data-notified", "true");
        });
    }
}
