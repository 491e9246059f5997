using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Outage;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>
/// EMG-02 end to end on a fake clock: an agent's report opens the outage, the report clock warns and breaches around
/// its 5 minutes, waiting customers get one recovery callback each an hour after the restore, and the notice is pushed.
/// </summary>
public sealed class OutageFlowTests(OutageFlowTests.Factory factory) : IClassFixture<OutageFlowTests.Factory>, IAsyncLifetime
{
    private static readonly Actor AgentA001 = new("agent", "A001", ActsOnlyAsAgent: true);
    private static readonly Actor Supervisor = new("supervisor", null, ActsOnlyAsAgent: false);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Time = Clock;
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    }

    private OutageService Outages => factory.Services.GetRequiredService<OutageService>();

    private OutageClockService Clocks => factory.Services.GetRequiredService<OutageClockService>();

    /// <summary>Every test starts with the system up and an hour after the last, so outages never overlap.</summary>
    public async Task InitializeAsync()
    {
        if ((await Outages.CurrentAsync()) is { Open: true })
        {
            Assert.True((await Outages.RestoreAsync(new OutageRestoreRequest("测试前恢复"), Supervisor)).Succeeded);
        }

        factory.Clock.Advance(TimeSpan.FromHours(1));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<JsonElement>> AlertsForAsync(Guid subjectId)
    {
        var since = Uri.EscapeDataString(factory.Clock.GetUtcNow().AddDays(-1).ToString("O"));
        var alerts = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?since={since}");
        return [.. alerts.EnumerateArray().Where(a => a.GetProperty("subjectId").GetGuid() == subjectId)];
    }

    private async Task<HttpResponseMessage> WaitingAsync(string name, string phone, string? recordedBy = "A001", DateTimeOffset? recordedAt = null) =>
        await _api.PostAsJsonAsync("/api/v1/emergency/outage/waiting", new
        {
            customerName = name, customerPhone = phone, waybillNo = "YD4312345670101", issue = "要改派送地址", recordedBy, recordedAt,
        });

    [Fact]
    [Trait("Rule", "EMG-02")]
    public async Task EMG_02_the_agents_report_starts_a_five_minute_clock_warned_up_to_its_due_instant_and_breached_just_after_once()
    {
        var started = factory.Clock.GetUtcNow();
        var report = await Outages.ReportAsync(new OutageReportRequest("工单系统无法登录", null), AgentA001);

        Assert.Equal(OperationStatus.Created, report.Status);
        var outage = report.Value!;
        Assert.Equal(("A001", started.AddMinutes(5), started.AddMinutes(30)), (outage.NoticedBy, outage.ReportDueAt, outage.EstimatedRestoreAt));
        Assert.Contains("30", outage.CustomerMessage, StringComparison.Ordinal);
        Assert.True((await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency")).EnumerateArray()
            .Single(m => m.GetProperty("mode").GetString() == "outage").GetProperty("active").GetBoolean());

        // The scheduler may fire the same clocks as the clock moves; either way each alert is raised once.
        factory.Clock.SetUtcNow(outage.ReportDueAt);
        await Clocks.WarnAsync(outage.Id, outage.ReportDueAt);
        Assert.False(await Clocks.WarnAsync(outage.Id, outage.ReportDueAt));
        Assert.Equal(0, await Clocks.RecordDueBreachesAsync(outage.Id));
        Assert.False((await Outages.CurrentAsync())!.ReportBreached);

        factory.Clock.SetUtcNow(outage.ReportDueAt.AddMilliseconds(1));
        await Clocks.RecordDueBreachesAsync(outage.Id);
        Assert.Equal(0, await Clocks.RecordDueBreachesAsync(outage.Id));
        Assert.False(await Clocks.WarnAsync(outage.Id, outage.ReportDueAt));

        var alerts = await AlertsForAsync(outage.Id);
        Assert.Equal(["breach", "warning"], alerts.Select(a => a.GetProperty("kind").GetString()));
        Assert.All(alerts, a => Assert.Equal(
            ("EMG-02", "report", "incident"),
            (a.GetProperty("ruleId").GetString(), a.GetProperty("clock").GetString(), a.GetProperty("subjectKind").GetString())));
        Assert.True((await Outages.CurrentAsync())!.ReportBreached);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public async Task EMG_02_an_acknowledgement_at_the_fifth_minute_stops_the_clock_and_one_after_it_is_a_breach()
    {
        var outage = (await Outages.ReportAsync(new OutageReportRequest("电话系统中断", null), AgentA001)).Value!;
        factory.Clock.SetUtcNow(outage.ReportDueAt);

        var acknowledged = await _api.PostAsync("/api/v1/emergency/outage/acknowledge", null);
        var again = await _api.PostAsync("/api/v1/emergency/outage/acknowledge", null);

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await Clocks.RecordDueBreachesAsync(outage.Id));
        Assert.False(await Clocks.WarnAsync(outage.Id, outage.ReportDueAt));
        Assert.False((await Outages.CurrentAsync())!.ReportBreached);
        Assert.DoesNotContain(await AlertsForAsync(outage.Id), a => a.GetProperty("kind").GetString() == "breach");

        await Outages.RestoreAsync(new OutageRestoreRequest(null), Supervisor);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var late = (await Outages.ReportAsync(new OutageReportRequest("电话系统再次中断", null), AgentA001)).Value!;
        factory.Clock.SetUtcNow(late.ReportDueAt.AddMilliseconds(1));

        var lateAck = await Outages.AcknowledgeAsync(Supervisor);

        Assert.True(lateAck.Value!.ReportBreached);
        Assert.Equal("supervisor", lateAck.Value.AcknowledgedBy);
        Assert.Single(await AlertsForAsync(late.Id), a => a.GetProperty("kind").GetString() == "breach");
        Assert.Equal(0, await Clocks.RecordDueBreachesAsync(late.Id));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public async Task EMG_02_every_waiting_customer_gets_one_callback_due_an_hour_after_the_restore_and_the_notice_is_pushed()
    {
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);
        var outage = (await Outages.ReportAsync(new OutageReportRequest("系统宕机", null), AgentA001)).Value!;
        Assert.Equal(HttpStatusCode.Created, (await WaitingAsync("王女士", "138-0013-8000")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await WaitingAsync("李先生", "13900139000", "A002")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await WaitingAsync("王女士", "13800138000")).StatusCode); // called twice: one call back
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var restoredAt = factory.Clock.GetUtcNow();

        var restore = await _api.PostAsJsonAsync("/api/v1/emergency/outage/restore", new { reason = "技术团队已修复" });

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var restored = (await restore.Content.ReadFromJsonAsync<JsonElement>());
        Assert.False(restored.GetProperty("open").GetBoolean());
        var notice = restored.GetProperty("restoredNotice").GetString()!;
        var local = TimeZoneInfo.ConvertTime(restoredAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Contains($"{local:HH:mm} 恢复正常", notice, StringComparison.Ordinal); // in the centre's time, as read out to customers
        var waiting = restored.GetProperty("waiting").EnumerateArray().ToList();
        Assert.Equal(waiting[0].GetProperty("callbackId").GetGuid(), waiting[2].GetProperty("callbackId").GetGuid());
        var owed = waiting.Select(w => w.GetProperty("callbackId").GetGuid()).ToHashSet();
        var callbacks = (await _api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=open")).EnumerateArray()
            .Where(c => owed.Contains(c.GetProperty("id").GetGuid())).ToList();
        Assert.Equal(2, callbacks.Count);
        Assert.All(callbacks, c => Assert.Equal(
            (restoredAt.AddHours(1), "EMG-02", "recovery"),
            (c.GetProperty("dueAt").GetDateTimeOffset(), c.GetProperty("ruleId").GetString(), c.GetProperty("kind").GetString())));
        Assert.Equal(["A001", "A002"], callbacks.Select(c => c.GetProperty("agentCode").GetString()).Order());
        Assert.Equal((2, 0), (restored.GetProperty("recovery").GetProperty("total").GetInt32(), restored.GetProperty("recovery").GetProperty("done").GetInt32()));

        await hub.WaitForAsync("emergencyNotice", n => n.GetProperty("kind").GetString() == "outage-restored" && n.GetProperty("text").GetString() == notice);
        foreach (var callback in callbacks)
        {
            await hub.WaitForAsync("taskAssigned", t => t.GetProperty("id").GetGuid() == callback.GetProperty("id").GetGuid());
        }

        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsJsonAsync($"/api/v1/callbacks/{callbacks[0].GetProperty("id").GetGuid()}/complete", new { note = "已回电" })).StatusCode);
        var progress = (await Outages.CurrentAsync())!.Recovery;
        Assert.Equal((2, 1), (progress.Total, progress.Done));
        Assert.Equal(outage.Id, (await Outages.CurrentAsync())!.Id);
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    [Trait("Rule", "EMG-06")]
    public async Task EMG_06_a_paper_form_typed_in_after_the_restore_gets_its_callback_but_a_line_after_the_restore_is_refused()
    {
        var outage = (await Outages.ReportAsync(new OutageReportRequest("网络中断", null), AgentA001)).Value!;
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await Outages.RestoreAsync(new OutageRestoreRequest(null), Supervisor);
        var restoredAt = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        var onPaper = await WaitingAsync("赵女士", "13700137000", recordedAt: outage.StartedAt.AddMinutes(12));
        var afterwards = await WaitingAsync("钱先生", "13600136000", recordedAt: restoredAt.AddSeconds(1));

        Assert.Equal(HttpStatusCode.Created, onPaper.StatusCode);
        var callbackId = (await onPaper.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callbackId").GetGuid();
        var callback = (await _api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=open")).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == callbackId);
        Assert.Equal(restoredAt.AddHours(1), callback.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.BadRequest, afterwards.StatusCode);
        Assert.True((await afterwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("recordedAt", out _));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public async Task EMG_02_bad_lines_and_steps_out_of_turn_are_problem_details_naming_the_field()
    {
        var noOutage = await _api.PostAsync("/api/v1/emergency/outage/acknowledge", null);
        var noDescription = await _api.PostAsJsonAsync("/api/v1/emergency/outage/report", new { description = " " });
        var notActive = await _api.PostAsJsonAsync("/api/v1/emergency/outage/restore", new { });
        await Outages.ReportAsync(new OutageReportRequest("数据库故障", null), AgentA001);
        var twice = await _api.PostAsJsonAsync("/api/v1/emergency/outage/report", new { description = "又坏了" });
        var badPhone = await WaitingAsync("孙女士", "12345");
        var unknownAgent = await WaitingAsync("孙女士", "13500135000", "Z999");

        Assert.Equal(HttpStatusCode.Conflict, noOutage.StatusCode);
        Assert.Equal("application/problem+json", noOutage.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, noDescription.StatusCode);
        Assert.True((await noDescription.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("description", out _));
        Assert.Equal(HttpStatusCode.Conflict, notActive.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.True((await badPhone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("customerPhone", out _));
        Assert.True((await unknownAgent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("recordedBy", out _));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    [Trait("Rule", "EMG-02")]
    public async Task EMG_05_a_drill_outage_takes_only_drill_customers_and_owes_drill_callbacks()
    {
        var activated = await _api.PostAsJsonAsync("/api/v1/emergency/outage/activate", new { reason = "月度演练:系统故障", drill = true });
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var outage = (await Outages.CurrentAsync())!;
        Assert.True(outage.Drill);
        Assert.Equal("integration", outage.NoticedBy);

        var real = await WaitingAsync("周女士", "13800138000");
        var drill = await WaitingAsync("演练-周女士", "10000001234");

        Assert.Equal(HttpStatusCode.BadRequest, real.StatusCode);
        Assert.True((await real.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("customerPhone", out _));
        Assert.Equal(HttpStatusCode.Created, drill.StatusCode);
        await _api.PostAsJsonAsync("/api/v1/emergency/outage/deactivate", new { reason = "演练结束" });
        var restored = (await Outages.CurrentAsync())!;
        Assert.False(restored.Open);
        var callback = Assert.Single(restored.Recovery.Callbacks);
        Assert.True(callback.Drill);
        Assert.DoesNotContain((await _api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=all")).EnumerateArray(),
            c => c.GetProperty("id").GetGuid() == callback.Id);
    }
}
