using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Security;

namespace ServiceConsole.Tests.Integration.Security;

/// <summary>
/// INF-10: an account reading more than 50 customers in clear within an hour raises a security incident for the
/// admins, flagged for police referral. INF-11: a data loss starts a 2-hour plan clock and lists the affected
/// customers, each with a notification task.
/// </summary>
public sealed class LeakResponseTests(LeakResponseTests.Factory factory) : IClassFixture<LeakResponseTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Time = Clock;
        }

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));
    }

    private IAuditTrail Trail => factory.Services.GetRequiredService<IAuditTrail>();

    private SecurityIncidents Incidents => factory.Services.GetRequiredService<SecurityIncidents>();

    private static readonly Actor Admin = new("admin", null, false);

    private Task ReadInClearAsync(string account, int customers, string prefix, bool clear = true) =>
        Trail.RecordAsync([.. Enumerable.Range(0, customers).Select(i => new AuditEvent(account, AuditActions.View, $"customer:{prefix}-{i}", "name,phone", clear))]);

    private async Task<IReadOnlyList<SecurityIncidentResource>> LeaksOfAsync(string account) =>
        [.. (await Incidents.ListAsync(CancellationToken.None)).Where(i => i.Kind == "suspected-leak" && i.Account == account)];

    [Fact]
    [Trait("Rule", "INF-10")]
    public async Task Fifty_customers_in_clear_within_the_hour_are_allowed_and_the_fifty_first_raises_one_incident()
    {
        var (admin, adminCookie) = await factory.SignInWithCookieAsync("admin", "Demo@2026");
        var (_, supervisorCookie) = await factory.SignInWithCookieAsync("supervisor", "Demo@2026");
        await using var adminHub = await HubClient.ConnectAsync(factory, cookie: adminCookie);
        await using var supervisorHub = await HubClient.ConnectAsync(factory, cookie: supervisorCookie);
        await ReadInClearAsync("supervisor2", 50, "leak-a");
        Assert.Empty(await LeaksOfAsync("supervisor2"));

        await Trail.RecordAsync(new AuditEvent("supervisor2", AuditActions.Reveal, "customer:leak-a-50", "name,phone", Revealed: true, Detail: "核实"));
        await ReadInClearAsync("supervisor2", 5, "leak-b");

        var incident = Assert.Single(await LeaksOfAsync("supervisor2"));
        Assert.True(incident.PoliceReferral);
        Assert.Equal(51, incident.RecordCount);
        Assert.Equal("吴主管", incident.AccountName);
        var pushed = await adminHub.WaitForAsync("securityIncident", i => i.GetProperty("id").GetGuid() == incident.Id);
        Assert.True(pushed.GetProperty("policeReferral").GetBoolean());
        Assert.False(supervisorHub.Saw("securityIncident", _ => true));
        var page = await admin.GetStringAsync("/admin/security");
        Assert.Contains("data-testid=\"security-incident\"", page, StringComparison.Ordinal);
        Assert.Contains("移送公安", page, StringComparison.Ordinal);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/security/incidents");
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("id").GetGuid() == incident.Id);
        var supervisor = await factory.SignInAsync("supervisor", "Demo@2026");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/v1/security/incidents")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "INF-10")]
    public async Task Masked_views_and_repeated_views_of_the_same_customers_do_not_count()
    {
        await ReadInClearAsync("coordinator", 80, "masked", clear: false);
        for (var round = 0; round < 3; round++)
        {
            await ReadInClearAsync("coordinator", 40, "same");
        }

        Assert.Empty(await LeaksOfAsync("coordinator"));
    }

    [Fact]
    [Trait("Rule", "INF-11")]
    public async Task A_data_loss_lists_its_customers_and_its_plan_clock_breaches_after_two_hours_without_a_plan()
    {
        var api = factory.CreateApiClient();
        var customers = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var contact = await (await api.PostAsJsonAsync("/api/v1/contacts", new { externalId = $"loss-{i}", channel = "online", customerName = "赵先生", customerPhone = $"1370000000{i}" }))
                .Content.ReadFromJsonAsync<JsonElement>();
            customers.Add(contact.GetProperty("customerId").GetGuid());
        }

        var unknownPhone = await Incidents.OpenDataLossByPhonesAsync("服务器磁盘损坏", "13700000000\n13799999999", Admin, CancellationToken.None);
        Assert.Equal(OperationStatus.Invalid, unknownPhone.Status);
        Assert.DoesNotContain("13799999999", string.Join(' ', unknownPhone.Errors!["customerIds"]), StringComparison.Ordinal);

        var invalid = await Incidents.OpenDataLossAsync(new DataLossRequest("服务器磁盘损坏", []), Admin, CancellationToken.None);
        Assert.Equal(OperationStatus.Invalid, invalid.Status);
        Assert.Contains("customerIds", invalid.Errors!.Keys);

        var opened = (await Incidents.OpenDataLossAsync(new DataLossRequest("服务器磁盘损坏,部分记录丢失", customers), Admin, CancellationToken.None)).Value!;
        Assert.Equal(factory.Clock.GetUtcNow().AddHours(2), opened.PlanDueAt);
        Assert.Equal(customers.Order(), opened.Customers.Select(c => c.CustomerId).Order());
        Assert.All(opened.Customers, c => Assert.Null(c.NotifiedAt));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await Incidents.FireAsync(opened.Id, ClockAlertKind.Breach, opened.PlanDueAt, CancellationToken.None);
        Assert.False((await Incidents.ListAsync(CancellationToken.None)).Single(i => i.Id == opened.Id).PlanBreached); // met up to the due instant

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await Incidents.FireAsync(opened.Id, ClockAlertKind.Breach, opened.PlanDueAt, CancellationToken.None);
        Assert.True((await Incidents.ListAsync(CancellationToken.None)).Single(i => i.Id == opened.Id).PlanBreached);
        var alerts = await factory.Services.GetRequiredService<ClockAlertService>().RecentAsync(opened.OpenedAt, null, includeDrills: false, take: 50, CancellationToken.None);
        Assert.Contains(alerts, a => a.RuleId == "INF-11" && a.Kind == "breach");

        var notified = await Incidents.NotifiedAsync(opened.Id, customers[0], Admin, CancellationToken.None);
        Assert.NotNull(notified.Value!.Customers.Single(c => c.CustomerId == customers[0]).NotifiedAt);
        Assert.Equal(OperationStatus.Ok, (await Incidents.StartPlanAsync(opened.Id, Admin, CancellationToken.None)).Status);
        Assert.Equal(OperationStatus.Conflict, (await Incidents.StartPlanAsync(opened.Id, Admin, CancellationToken.None)).Status);
    }
}
