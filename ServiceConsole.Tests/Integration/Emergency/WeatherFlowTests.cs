using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Weather;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>
/// EMG-01 end to end on a fake clock: each phase's script, the hub, return and redirect requests, and recovery
/// callbacks to every affected customer, created once however often recovery is entered.
/// </summary>
public sealed class WeatherFlowTests(WeatherFlowTests.Factory factory) : IClassFixture<WeatherFlowTests.Factory>, IAsyncLifetime
{
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

    private WeatherService Weather => factory.Services.GetRequiredService<WeatherService>();

    private ServiceScripts Scripts => factory.Services.GetRequiredService<ServiceScripts>();

    /// <summary>Every test starts with the mode off and an hour after the last, so emergencies never share a request.</summary>
    public async Task InitializeAsync()
    {
        if ((await Weather.CurrentAsync()).Active)
        {
            (await _api.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "测试前解除" })).EnsureSuccessStatusCode();
        }

        factory.Clock.Advance(TimeSpan.FromHours(1));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task SwitchAsync(string phase, bool drill = false) =>
        (await _api.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { reason = $"台风“海葵”:{phase}", phase, drill })).EnsureSuccessStatusCode();

    private async Task<HttpResponseMessage> RequestAsync(string phone, string kind = "return", string? newAddress = null, string recordedBy = "A002") =>
        await _api.PostAsJsonAsync("/api/v1/emergency/weather/requests", new
        {
            customerName = "吴先生", customerPhone = phone, waybillNo = "YD4312345670201", kind, newAddress, recordedBy,
        });

    private async Task ContactAsync(string externalId, string phone, string topic, DateTimeOffset? arrivedAt = null) =>
        (await _api.PostAsJsonAsync("/api/v1/contacts", new
        {
            externalId, channel = "online", customerName = "郑女士", customerPhone = phone, topic, agentCode = "A001", arrivedAt,
        })).EnsureSuccessStatusCode();

    private async Task<List<JsonElement>> WeatherCallbacksAsync() =>
        [.. (await _api.GetFromJsonAsync<JsonElement>("/api/v1/callbacks?status=all")).EnumerateArray().Where(c => c.GetProperty("ruleId").GetString() == "EMG-01")];

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_01_each_phase_pushes_its_script_and_the_response_script_waits_for_the_hub()
    {
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);

        await SwitchAsync("warning");
        Assert.Equal(Scripts.WeatherWarning, (await Weather.CurrentAsync()).Script);
        await hub.WaitForAsync("emergencyNotice", n => n.GetProperty("kind").GetString() == "weather-warning" && n.GetProperty("text").GetString() == Scripts.WeatherWarning);

        await SwitchAsync("response");
        Assert.Null((await Weather.CurrentAsync()).Script);
        var named = await _api.PostAsJsonAsync("/api/v1/emergency/weather/hub", new { hub = "杭州萧山转运中心" });

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        var weather = await named.Content.ReadFromJsonAsync<JsonElement>();
        var script = weather.GetProperty("script").GetString()!;
        Assert.Equal(Scripts.WeatherResponse("杭州萧山转运中心"), script);
        Assert.Contains("杭州萧山转运中心", script, StringComparison.Ordinal);
        Assert.Equal((2, 3), (weather.GetProperty("estimateMinDays").GetInt32(), weather.GetProperty("estimateMaxDays").GetInt32()));
        await hub.WaitForAsync("emergencyNotice", n => n.GetProperty("kind").GetString() == "weather-response" && n.GetProperty("text").GetString() == script);
        var mode = (await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency")).EnumerateArray().Single(m => m.GetProperty("mode").GetString() == "weather");
        Assert.Equal("杭州萧山转运中心", mode.GetProperty("issueKey").GetString()); // logged and pushed with the mode (EMG-07)
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_01_recovery_calls_back_every_affected_customer_once_within_24_hours_even_when_entered_again()
    {
        var before = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await ContactAsync("wx-before", "13300133000", "查件", arrivedAt: before); // before the storm: not affected
        await SwitchAsync("warning");
        await ContactAsync("wx-delay", "13800138000", "查件");
        await ContactAsync("wx-send", "13900139000", "寄件"); // not a delay question
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await SwitchAsync("response");
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync("13700137000")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync("138 0013 8000", "redirect", "杭州市西湖区文三路 1 号")).StatusCode); // same customer as the contact
        factory.Clock.Advance(TimeSpan.FromHours(30));
        var recoveryAt = factory.Clock.GetUtcNow();

        await SwitchAsync("recovery");

        var callbacks = await WeatherCallbacksAsync();
        Assert.Equal(2, callbacks.Count);
        Assert.All(callbacks, c => Assert.Equal((recoveryAt.AddHours(24), "recovery"), (c.GetProperty("dueAt").GetDateTimeOffset(), c.GetProperty("kind").GetString())));
        Assert.Equal(["A001", "A002"], callbacks.Select(c => c.GetProperty("agentCode").GetString()).Order());

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await SwitchAsync("recovery");
        await SwitchAsync("response");
        await SwitchAsync("recovery");
        Assert.Equal(2, (await WeatherCallbacksAsync()).Count);

        Assert.Equal(HttpStatusCode.Created, (await RequestAsync("13600136000")).StatusCode); // a late request is owed a call at once
        var all = await WeatherCallbacksAsync();
        Assert.Equal(3, all.Count);
        Assert.All(all, c => Assert.Equal(recoveryAt.AddHours(24), c.GetProperty("dueAt").GetDateTimeOffset()));

        (await _api.PostAsJsonAsync($"/api/v1/callbacks/{all[0].GetProperty("id").GetGuid()}/complete", new { })).EnsureSuccessStatusCode();
        var weather = await Weather.CurrentAsync();
        Assert.Equal((3, 1, recoveryAt), (weather.Recovery.Total, weather.Recovery.Done, weather.RecoveryStartedAt!.Value));
        Assert.Equal(recoveryAt.AddHours(24), weather.Recovery.DueAt);
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_01_requests_are_recorded_as_tasks_and_marked_done_once_and_refused_outside_the_mode()
    {
        var offMode = await RequestAsync("13500135000");
        await SwitchAsync("response");
        var noAddress = await RequestAsync("13500135000", "redirect");
        var badKind = await RequestAsync("13500135000", "burn");
        var recorded = await RequestAsync("13500135000", "redirect", "宁波市鄞州区 8 号");
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var done = await _api.PostAsync($"/api/v1/emergency/weather/requests/{id}/complete", null);
        var again = await _api.PostAsync($"/api/v1/emergency/weather/requests/{id}/complete", null);

        Assert.Equal(HttpStatusCode.Conflict, offMode.StatusCode);
        Assert.True((await noAddress.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("newAddress", out _));
        Assert.True((await badKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var list = await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency/weather/requests?status=done");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency/weather/requests?status=open")).EnumerateArray());
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_05_a_weather_drill_takes_only_drill_customers_and_its_recovery_calls_are_drills()
    {
        await SwitchAsync("response", drill: true);
        var real = await RequestAsync("13800138000");
        var drill = await RequestAsync("10000005678");
        await SwitchAsync("recovery", drill: true);

        Assert.Equal(HttpStatusCode.BadRequest, real.StatusCode);
        Assert.True((await real.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("customerPhone", out _));
        Assert.Equal(HttpStatusCode.Created, drill.StatusCode);
        var weather = await Weather.CurrentAsync();
        Assert.True(weather.Drill);
        var callback = Assert.Single(weather.Recovery.Callbacks);
        Assert.True(callback.Drill);
        Assert.DoesNotContain(await WeatherCallbacksAsync(), c => c.GetProperty("id").GetGuid() == callback.Id); // real lists stay clean
    }

    [Fact]
    [Trait("Rule", "EMG-01")]
    public async Task EMG_01_on_the_screen_the_signed_in_user_records_the_request_and_an_integration_still_names_the_agent()
    {
        await SwitchAsync("response");
        WeatherRequestCreateRequest Unnamed(string phone) => new("吴先生", phone, "YD4312345670201", "return", null, null, RecordedBy: null);

        var byAgent = await Weather.RecordRequestAsync(Unnamed("13500135001"), new Actor("agent", "A001", ActsOnlyAsAgent: true));
        var bySupervisor = await Weather.RecordRequestAsync(Unnamed("13500135002"), new Actor("supervisor", null, ActsOnlyAsAgent: false));
        var byIntegration = await _api.PostAsJsonAsync("/api/v1/emergency/weather/requests", new
        {
            customerName = "吴先生", customerPhone = "13500135003", waybillNo = "YD4312345670201", kind = "return",
        });
        await SwitchAsync("recovery");

        Assert.Equal((OperationStatus.Created, "A001"), (byAgent.Status, byAgent.Value!.RecordedBy));
        Assert.Equal((OperationStatus.Created, "supervisor"), (bySupervisor.Status, bySupervisor.Value!.RecordedBy));
        Assert.Equal(HttpStatusCode.BadRequest, byIntegration.StatusCode);
        Assert.True((await byIntegration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("recordedBy", out _));
        // The agent calls their own customer back; the supervisor's customer waits for whoever is free, not on a login.
        var callbacks = (await Weather.CurrentAsync()).Recovery.Callbacks;
        Assert.Equal("A001", Assert.Single(callbacks, c => c.Note?.Contains("13500135001", StringComparison.Ordinal) == true).AgentCode);
        Assert.Null(Assert.Single(callbacks, c => c.Note?.Contains("13500135002", StringComparison.Ordinal) == true).AgentCode);
    }
}
