using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Audit;

namespace ServiceConsole.Tests.Integration.Audit;

/// <summary>INF-05: mode switches, assignments and complaint decisions each leave one audit row naming who, what and which record.</summary>
public sealed class AuditedActionsTests(AuditedActionsTests.Factory factory) : IClassFixture<AuditedActionsTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    // The audit row is written after the commit and before the answer, so it is there when the call returns.
    private Task<IReadOnlyList<AuditRecordResource>> RowsAsync(string subject) =>
        factory.Services.GetRequiredService<AuditQuery>().FindAsync(new AuditFilter(Subject: subject), CancellationToken.None);

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task A_mode_switch_is_audited()
    {
        var api = factory.CreateApiClient();

        (await api.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { reason = "台风(审计测试)", phase = "warning" })).EnsureSuccessStatusCode();

        var row = Assert.Single(await RowsAsync("mode:weather"));
        Assert.Equal(AuditActions.ModeSwitch, row.Action);
        Assert.Equal("integration", row.Actor);
        Assert.StartsWith("activate", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task An_assignment_and_a_decision_on_a_complaint_are_audited()
    {
        var api = factory.CreateApiClient();
        var created = await (await api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "audit-decide-1", channel = "phone", customerName = "李先生", customerPhone = "13900139001",
            waybillNo = "YD4312345670003", outletCode = "HZ-XH-01", category = "delay", delayDays = 1, shippingFee = 12.0, demand = "尽快处理",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        (await api.PostAsJsonAsync($"/api/v1/complaints/{id}/assign", new { assignee = "specialist" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/api/v1/complaints/{id}/verify", new { findings = "派送延误属实", faultParty = "none" })).EnsureSuccessStatusCode();

        var rows = await RowsAsync($"complaint:{id}");
        Assert.Contains(rows, r => r.Action == AuditActions.Assignment && r.Detail!.EndsWith("→ specialist", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Action == AuditActions.Decision && r.Actor == "integration");
    }
}
