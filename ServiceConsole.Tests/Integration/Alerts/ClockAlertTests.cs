using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Tests.Integration.Alerts;

/// <summary>
/// What the clock jobs do when they fire, driven on a fake clock on both sides of each deadline:
/// the warning, the breach, the alert stored once and pushed.
/// </summary>
public sealed class ClockAlertTests(ClockAlertTests.Factory factory) : IClassFixture<ClockAlertTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor AgentA001 = new("agent", "A001", ActsOnlyAsAgent: true);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Time = Clock;
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    private async Task<CallbackResource> PromiseAsync(string externalId)
    {
        var response = await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "王女士", customerPhone = "13800138000", waybillNo = "YD4312345670001", agentCode = "A001",
        });
        response.EnsureSuccessStatusCode();
        var contactId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (await factory.Services.GetRequiredService<CallbackService>().PromiseAsync(contactId, "A001", AgentA001)).Value!;
    }

    private async Task<List<JsonElement>> AlertsForAsync(Guid subjectId)
    {
        var since = Uri.EscapeDataString(Start.AddDays(-1).ToString("O"));
        var alerts = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?since={since}");
        return [.. alerts.EnumerateArray().Where(a => a.GetProperty("subjectId").GetGuid() == subjectId)];
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_promise_is_warned_before_its_hour_and_breached_just_after_it_once()
    {
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);
        var clocks = factory.Services.GetRequiredService<CallbackClockService>();
        var task = await PromiseAsync("alert-promise-1");

        factory.Clock.SetUtcNow(task.DueAt);
        Assert.True(await clocks.WarnAsync(task.Id, task.DueAt));
        Assert.False(await clocks.WarnAsync(task.Id, task.DueAt));
        Assert.False(await clocks.BreachAsync(task.Id));

        factory.Clock.SetUtcNow(task.DueAt.AddMilliseconds(1));
        Assert.True(await clocks.BreachAsync(task.Id));
        Assert.False(await clocks.BreachAsync(task.Id));

        var alerts = await AlertsForAsync(task.Id);
        Assert.Equal(["breach", "warning"], alerts.Select(a => a.GetProperty("kind").GetString()));
        Assert.All(alerts, a => Assert.Equal(("SVC-05", "promise", "A001"), (a.GetProperty("ruleId").GetString(), a.GetProperty("clock").GetString(), a.GetProperty("agentCode").GetString())));
        await hub.WaitForAsync("clockAlert", a => a.GetProperty("subjectId").GetGuid() == task.Id && a.GetProperty("kind").GetString() == "breach");
        var pushed = await hub.WaitForAsync("taskAssigned", t => t.GetProperty("id").GetGuid() == task.Id && t.GetProperty("breached").GetBoolean());
        Assert.Equal("SVC-05", pushed.GetProperty("ruleId").GetString());
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_stale_warning_after_the_deadline_or_for_a_made_call_is_dropped()
    {
        var clocks = factory.Services.GetRequiredService<CallbackClockService>();
        var late = await PromiseAsync("alert-promise-2");
        factory.Clock.SetUtcNow(late.DueAt.AddMilliseconds(1));
        Assert.False(await clocks.WarnAsync(late.Id, late.DueAt));

        var made = await PromiseAsync("alert-promise-3");
        var done = await _api.PostAsJsonAsync($"/api/v1/callbacks/{made.Id}/complete", new { note = "已告知包裹在中转站" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.False(await clocks.WarnAsync(made.Id, made.DueAt));
        factory.Clock.SetUtcNow(made.DueAt.AddHours(1));
        Assert.False(await clocks.BreachAsync(made.Id));
        Assert.Empty(await AlertsForAsync(made.Id));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_a_promise_s_warning_and_breach_fired_side_by_side_record_one_breach_and_no_late_warning()
    {
        // Quartz may run a callback's two triggers at once (the job does not disallow it, so a cluster's firing rounds
        // need no lock): each decides in the write path from the task as committed.
        Assert.False(JobBuilder.Create<CallbackClockJob>().Build().ConcurrentExecutionDisallowed);
        var clocks = factory.Services.GetRequiredService<CallbackClockService>();
        var promised = new List<CallbackResource>();
        for (var i = 0; i < 6; i++)
        {
            promised.Add(await PromiseAsync($"alert-side-{i}"));
        }

        factory.Clock.SetUtcNow(promised.Max(t => t.DueAt).AddMilliseconds(1));
        var fired = await Task.WhenAll(promised.SelectMany(t => new[]
        {
            clocks.WarnAsync(t.Id, t.DueAt), clocks.BreachAsync(t.Id), clocks.BreachAsync(t.Id), clocks.WarnAsync(t.Id, t.DueAt),
        }));

        Assert.Equal(promised.Count, fired.Count(f => f));
        foreach (var task in promised)
        {
            Assert.Equal(["breach"], (await AlertsForAsync(task.Id)).Select(a => a.GetProperty("kind").GetString()));
        }
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public async Task SVC_05_completing_a_promise_twice_or_a_complaint_callback_is_a_clear_409()
    {
        var task = await PromiseAsync("alert-promise-4");
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsJsonAsync($"/api/v1/callbacks/{task.Id}/complete", new { })).StatusCode);

        var again = await _api.PostAsJsonAsync($"/api/v1/callbacks/{task.Id}/complete", new { });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsJsonAsync($"/api/v1/callbacks/{Guid.NewGuid()}/complete", new { })).StatusCode);
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public async Task CMP_04_the_verify_clock_warns_before_and_breaches_just_after_its_hour_once()
    {
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);
        var response = await _api.PostAsJsonAsync("/api/v1/complaints", new
        {
            externalId = "alert-cmp-1", channel = "phone", customerName = "韦先生", customerPhone = "13800138000",
            waybillNo = "YD4312345670002", outletCode = "GZ-YH-04", category = "delay", delayDays = 1, demand = "尽快派送",
            receivedAt = factory.Clock.GetUtcNow(),
        });
        var complaint = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = complaint.GetProperty("id").GetGuid();
        var verifyBy = complaint.GetProperty("verifyBy").GetDateTimeOffset();
        var clocks = factory.Services.GetRequiredService<ComplaintClockService>();

        factory.Clock.SetUtcNow(verifyBy.AddMinutes(-15));
        Assert.True(await clocks.WarnAsync(id, "verify", verifyBy));
        Assert.False(await clocks.WarnAsync(id, "verify", verifyBy.AddMinutes(5)));
        factory.Clock.SetUtcNow(verifyBy);
        Assert.Equal(0, await clocks.RecordDueBreachesAsync(id));
        factory.Clock.SetUtcNow(verifyBy.AddMilliseconds(1));
        Assert.Equal(1, await clocks.RecordDueBreachesAsync(id));
        Assert.Equal(0, await clocks.RecordDueBreachesAsync(id));

        var alerts = await AlertsForAsync(id);
        Assert.Equal(["breach", "warning"], alerts.Select(a => a.GetProperty("kind").GetString()));
        Assert.All(alerts, a => Assert.Equal(("CMP-04", "verify"), (a.GetProperty("ruleId").GetString(), a.GetProperty("clock").GetString())));
        await hub.WaitForAsync("clockAlert", a => a.GetProperty("subjectId").GetGuid() == id && a.GetProperty("kind").GetString() == "breach");
    }
}
