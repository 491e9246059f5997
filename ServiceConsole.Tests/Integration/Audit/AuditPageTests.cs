using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Audit;

/// <summary>INF-05/INF-07: the admin's audit screen lists who saw which customer; a supervisor's complaint page never carries the customer in clear.</summary>
public sealed class AuditPageTests(AuditPageTests.Factory factory) : IClassFixture<AuditPageTests.Factory>
{
    private const string Password = "Demo@2026";

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    [Fact]
    [Trait("Rule", "INF-07")]
    [Trait("Rule", "INF-05")]
    public async Task A_supervisor_s_complaint_page_shows_the_customer_masked_and_the_admin_s_audit_screen_lists_the_view()
    {
        var created = await (await factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "page-mask-1", channel = "phone", customerName = "欧阳先生", customerPhone = "13712345678",
            waybillNo = "YD4312345670004", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, shippingFee = 12.0, demand = "尽快处理",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var supervisor = await factory.SignInAsync("supervisor", Password);

        var page = await supervisor.GetStringAsync($"/complaints/{created.GetProperty("id").GetGuid()}");

        Assert.Contains("137****5678", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13712345678", page, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳先生", page, StringComparison.Ordinal);

        var admin = await factory.SignInAsync("admin", Password);
        var audit = await admin.GetStringAsync("/admin/audit");
        Assert.Contains("data-testid=\"audit-rows\"", audit, StringComparison.Ordinal);
        Assert.Contains($"customer:{created.GetProperty("customerId").GetGuid()}", audit, StringComparison.Ordinal);
        Assert.Contains("查看个人信息", audit, StringComparison.Ordinal);
        Assert.Contains("周主管", audit, StringComparison.Ordinal);

        var denied = await supervisor.GetAsync("/admin/audit");
        Assert.DoesNotContain("audit-rows", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
