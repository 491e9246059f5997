using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Emergency.Mass;

namespace ServiceConsole.Tests.Integration.Emergency;

/// <summary>
/// EMG-03/04 end to end on a fake clock: the spike opens one incident that links its complaints, publishes
/// the apology, runs the plan and resolve-all clocks, and takes one solution for all in one action.
/// </summary>
public sealed class MassIncidentTests(MassIncidentTests.Factory factory) : IClassFixture<MassIncidentTests.Factory>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _api = factory.CreateApiClient();

    public sealed class Factory : ConsoleAppFactory
    {
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(Start);
    }

    internal static object Complaint(string externalId, string issueKey, DateTimeOffset receivedAt) => new
    {
        externalId, channel = "online", customerName = "卫女士", customerPhone = "13800138000",
        waybillNo = $"YD{Math.Abs(externalId.GetHashCode()):D13}", outletCode = "WH-JN-03", category = "delay", delayDays = 1,
        demand = "尽快派送", issueKey, receivedAt,
    };

    private async Task<JsonElement> IncidentAsync() => await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency/mass-complaint/incident");

    private async Task<JsonElement> StepAsync(string path, object body)
    {
        var response = await _api.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    [Trait("Rule", "EMG-04")]
    public async Task EMG_03_04_the_spike_opens_one_incident_that_is_handled_to_the_end()
    {
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);
        for (var i = 0; i < 21; i++)
        {
            await _api.PostAsJsonAsync("/api/v1/complaints", Complaint($"mi-{i}", "wh-flood", Start.AddMinutes(-40 + i)));
        }

        var incident = await IncidentAsync();
        var id = incident.GetProperty("id").GetString();
        Assert.Equal(21, incident.GetProperty("total").GetInt32());
        var openedAt = incident.GetProperty("openedAt").GetDateTimeOffset();
        Assert.Equal(Start.AddMinutes(-20), openedAt); // the 21st complaint's own time (EMG-03)
        Assert.Equal(openedAt.AddHours(2), incident.GetProperty("planDueAt").GetDateTimeOffset());
        Assert.Equal(openedAt.AddHours(48), incident.GetProperty("resolveDueAt").GetDateTimeOffset());
        Assert.Equal(Start, incident.GetProperty("apologyPublishedAt").GetDateTimeOffset()); // published at once
        Assert.Contains("道歉", incident.GetProperty("apologyNotice").GetString(), StringComparison.Ordinal);
        await hub.WaitForAsync("incidentChanged", m => m.GetProperty("id").GetString() == id);

        // Later complaints about the issue join it.
        await _api.PostAsJsonAsync("/api/v1/complaints", Complaint("mi-late", "wh-flood", Start));
        Assert.Equal(22, (await IncidentAsync()).GetProperty("total").GetInt32());

        var team = await StepAsync($"/api/v1/emergency/mass-complaint/incidents/{id}/team", new { agentCode = "A001", specialistCode = "S001", outletHead = "王站长" });
        Assert.Equal("王站长", team.GetProperty("team").GetProperty("outletHeadName").GetString());
        await StepAsync($"/api/v1/emergency/mass-complaint/incidents/{id}/plan", new { plan = "暴雨积压件优先派送,每单补偿 20 元优惠券" });

        var applied = await StepAsync($"/api/v1/emergency/mass-complaint/incidents/{id}/solution", new { kind = "coupon", amount = 20, findings = "暴雨导致网点积压", faultParty = "none" });
        Assert.All(applied.GetProperty("complaints").EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.GetProperty("solutionAppliedAt").ValueKind));
        var first = applied.GetProperty("complaints")[0].GetProperty("complaintId").GetString();
        var complaint = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{first}");
        Assert.Equal(20m, complaint.GetProperty("rounds")[0].GetProperty("amount").GetDecimal());

        var told = await StepAsync($"/api/v1/emergency/mass-complaint/incidents/{id}/notifications/{first}", new { channel = "sms" });
        Assert.Equal("sms", told.GetProperty("complaints").EnumerateArray().Single(c => c.GetProperty("complaintId").GetString() == first).GetProperty("notifiedChannel").GetString());

        foreach (var c in applied.GetProperty("complaints").EnumerateArray())
        {
            await StepAsync($"/api/v1/complaints/{c.GetProperty("complaintId").GetString()}/accept", new { });
        }

        var done = await IncidentAsync();
        Assert.Equal((22, 22), (done.GetProperty("resolved").GetInt32(), done.GetProperty("total").GetInt32()));
        Assert.Equal(JsonValueKind.String, done.GetProperty("allResolvedAt").ValueKind);
        Assert.Empty(done.GetProperty("breaches").EnumerateArray());
        await _api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/deactivate", new { reason = "全部处理完毕" });
    }

    [Fact]
    [Trait("Rule", "EMG-04")]
    public async Task EMG_04_the_plan_clock_is_met_at_two_hours_and_breached_just_after()
    {
        for (var i = 0; i < 21; i++)
        {
            await _api.PostAsJsonAsync("/api/v1/complaints", Complaint($"plan-{i}", "plan-clock", factory.Clock.GetUtcNow().AddMinutes(-30 + i)));
        }

        var incident = (await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency/mass-complaint/incident"));
        Assert.Equal("plan-clock", incident.GetProperty("issueKey").GetString());
        var id = incident.GetProperty("id").GetGuid();
        var planDue = incident.GetProperty("planDueAt").GetDateTimeOffset();
        var service = factory.Services.GetRequiredService<MassIncidentService>();

        factory.Clock.SetUtcNow(planDue);
        await service.RefreshAsync(id);
        Assert.Empty((await IncidentAsync()).GetProperty("breaches").EnumerateArray());

        factory.Clock.SetUtcNow(planDue.AddMilliseconds(1));
        await service.RefreshAsync(id);
        await service.RefreshAsync(id);
        var breach = Assert.Single((await IncidentAsync()).GetProperty("breaches").EnumerateArray());
        Assert.Equal(("EMG-04", "plan"), (breach.GetProperty("ruleId").GetString(), breach.GetProperty("clock").GetString()));
        var alerts = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?since={Uri.EscapeDataString(Start.AddDays(-1).ToString("O"))}");
        Assert.Single(alerts.EnumerateArray(), a => a.GetProperty("subjectId").GetGuid() == id && a.GetProperty("clock").GetString() == "plan");

        await _api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/deactivate", new { reason = "方案已执行" });
        Assert.Equal(JsonValueKind.String, (await IncidentAsync()).GetProperty("closedAt").ValueKind);
    }
}

/// <summary>EMG-03 on the real clock: the mode is on within a second of the 21st complaint, and 20 leave it off.</summary>
public sealed class MassIncidentTimingTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    [Trait("Rule", "EMG-03")]
    public async Task EMG_03_the_mode_is_on_within_a_second_of_the_21st_complaint()
    {
        var api = factory.CreateApiClient();
        await using var hub = await HubClient.ConnectAsync(factory, ConsoleAppFactory.ApiKey);

        // A first spike warms the code paths up (JIT, first queries), as in a console that has been running.
        await SpikeAsync(api, "warm-up", 21, DateTimeOffset.UtcNow);
        await hub.WaitForAsync("incidentChanged", m => m.GetProperty("issueKey").GetString() == "warm-up", TimeSpan.FromSeconds(10));
        await api.PostAsJsonAsync("/api/v1/emergency/mass-complaint/deactivate", new { reason = "预热结束" });

        var now = DateTimeOffset.UtcNow;
        await SpikeAsync(api, "timing-issue", 20, now);
        var modes = await api.GetFromJsonAsync<JsonElement>("/api/v1/emergency");
        Assert.False(modes.EnumerateArray().Single(m => m.GetProperty("mode").GetString() == "mass-complaint").GetProperty("active").GetBoolean());

        var watch = Stopwatch.StartNew();
        await api.PostAsJsonAsync("/api/v1/complaints", MassIncidentTests.Complaint("timing-issue-20", "timing-issue", now));
        await hub.WaitForAsync("emergencyChanged", m => m.GetProperty("mode").GetString() == "mass-complaint" && m.GetProperty("issueKey").GetString() == "timing-issue" && m.GetProperty("active").GetBoolean(), TimeSpan.FromSeconds(5));
        var switchedOn = watch.Elapsed;
        var incident = await hub.WaitForAsync("incidentChanged", m => m.GetProperty("issueKey").GetString() == "timing-issue", TimeSpan.FromSeconds(5));

        Assert.InRange(switchedOn, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(21, incident.GetProperty("total").GetInt32());
    }

    private static async Task SpikeAsync(HttpClient api, string issueKey, int count, DateTimeOffset lastAt)
    {
        for (var i = 0; i < count; i++)
        {
            var response = await api.PostAsJsonAsync("/api/v1/complaints", MassIncidentTests.Complaint($"{issueKey}-{i}", issueKey, lastAt.AddMinutes(-count + 1 + i)));
            response.EnsureSuccessStatusCode();
        }
    }
}
