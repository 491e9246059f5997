using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration;

/// <summary>The policy numbers come from configuration: a company changes them without a rebuild.</summary>
public sealed class PolicyConfigurationTests(PolicyConfigurationTests.Factory factory) : IClassFixture<PolicyConfigurationTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["Policy:Service:ChatFirstResponseSeconds"] = "20";
            Settings["Policy:Complaints:DelayCouponYuan:0"] = "8";
            Settings["Policy:Complaints:DelayCouponYuan:1"] = "16";
            Settings["Policy:Complaints:GeneralResolveHours"] = "12";
        }
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public async Task A_configured_chat_target_moves_respondBy()
    {
        var arrived = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId = "configured-chat",
            channel = "online",
            customerName = "冯女士",
            customerPhone = "13800138000",
            arrivedAt = arrived,
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(arrived.AddSeconds(20), body.GetProperty("respondBy").GetDateTimeOffset());
    }

    [Fact]
    [Trait("Rule", "CMP-05")]
    public async Task A_configured_coupon_table_replaces_the_default_one()
    {
        var quote = await (await factory.CreateApiClient().PostAsJsonAsync("/api/v1/compensation/quote", new { category = "delay", delayDays = 2 }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(16, quote.GetProperty("amount").GetDecimal());
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    public async Task A_configured_resolution_window_moves_resolveBy()
    {
        var received = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);
        var response = await factory.CreateApiClient().PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "configured-complaint",
            channel = "phone",
            customerName = "冯女士",
            customerPhone = "13800138000",
            waybillNo = "YD0000000012345",
            outletCode = "HZ-XH-01",
            category = "delay",
            delayDays = 1,
            demand = "尽快派送",
            receivedAt = received,
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(received.AddHours(12), body.GetProperty("resolveBy").GetDateTimeOffset());
    }
}
