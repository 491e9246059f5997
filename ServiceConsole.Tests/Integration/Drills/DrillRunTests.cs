using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Integration.Drills;

/// <summary>EMG-05 end to end: a drill runs the real mode as a drill with generated customers only, ends, and leaves a report.</summary>
public sealed class DrillRunTests : IClassFixture<DrillRunTests.Factory>, IAsyncLifetime
{
    private readonly Factory _factory;
    private readonly HttpClient _api;

    public DrillRunTests(Factory factory)
    {
        _factory = factory;
        _api = factory.CreateApiClient();
    }

    public sealed class Factory : DrillTestFactory;

    public async Task InitializeAsync()
    {
        if (!_factory.Seeded)
        {
            _factory.Seeded = true;
            await _factory.SeedAgentAsync("A801", "phone");
            await _factory.SeedAgentAsync("A802", "online");
            await _factory.SeedAgentAsync("A803", "phone", "away"); // not on duty: gets no drill work
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> ModeAsync(string mode) =>
        (await _api.GetFromJsonAsync<JsonElement>("/api/v1/emergency")).EnumerateArray().Single(m => m.GetProperty("mode").GetString() == mode);

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_an_outage_drill_switches_the_real_mode_on_as_a_drill_and_sends_generated_customers_to_agents_on_duty()
    {
        var schedule = await _factory.ScheduleAsync(EmergencyMode.Outage, note: "纸质登记");

        var started = await _factory.Drills.RunNowAsync(schedule.Id, DrillTestFactory.Trainer);

        Assert.Equal(OperationStatus.Created, started.Status);
        var run = started.Value!;
        var outage = await ModeAsync("outage");
        Assert.True(outage.GetProperty("active").GetBoolean());
        Assert.True(outage.GetProperty("drill").GetBoolean());
        Assert.StartsWith("月度应急演练", outage.GetProperty("reason").GetString());
        Assert.Contains("纸质登记", outage.GetProperty("reason").GetString());
        Assert.Equal("trainer", outage.GetProperty("changedBy").GetString());

        await using var db = _factory.Db();
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id))).ToListAsync();
        Assert.Equal(new DrillOptions().Contacts, contacts.Count);
        Assert.All(contacts, c =>
        {
            Assert.True(c.IsDrill);
            Assert.True(DrillCustomerGenerator.IsDrillPhone(c.CustomerPhone));
            Assert.StartsWith(DrillCustomerGenerator.NameMarker, c.CustomerName);
            Assert.Contains(c.AgentCode, new[] { "A801", "A802" });
        });
        Assert.Equal(["A801", "A802"], contacts.Select(c => c.AgentCode!).Distinct().Order());

        // The drill-end job is waiting for the configured duration.
        Assert.Equal(run.StartedAt.AddMinutes(30), run.EndsAt);
        Assert.True(await _factory.Services.GetRequiredService<DrillJobScheduler>().HasEndJobAsync(run.Id, CancellationToken.None));

        var ended = await _factory.Drills.EndNowAsync(run.Id, DrillTestFactory.Trainer);

        Assert.True(ended.Succeeded);
        Assert.False((await ModeAsync("outage")).GetProperty("active").GetBoolean());
        Assert.False(await _factory.Services.GetRequiredService<DrillJobScheduler>().HasEndJobAsync(run.Id, CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_the_report_names_who_responded_how_fast_and_which_clocks_would_have_been_missed()
    {
        var schedule = await _factory.ScheduleAsync(EmergencyMode.Outage);
        var run = (await _factory.Drills.RunNowAsync(schedule.Id, DrillTestFactory.Trainer)).Value!;
        var contacts = _factory.Services.GetRequiredService<ContactService>();
        await using (var db = _factory.Db())
        {
            // A801 answers its drill contacts 8 s in (on time); A802's chats wait until the end (missed).
            foreach (var c in await db.Contacts.AsNoTracking().Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id)) && c.AgentCode == "A801").ToListAsync())
            {
                var answered = await contacts.AnswerAsync(c.Id, new(c.AgentCode, run.StartedAt.AddSeconds(8)), Actor.System);
                Assert.True(answered.Succeeded, answered.Detail);
            }
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var report = (await _factory.Drills.EndNowAsync(run.Id, DrillTestFactory.Trainer)).Value!.Report!;

        var a801 = Assert.Single(report.Responders, r => r.Code == "A801");
        Assert.True(a801.Expected);
        Assert.Equal(TimeSpan.FromSeconds(8), a801.FirstResponseAfter);
        Assert.Equal(["A802"], report.NonResponders);
        var firstResponses = report.Clocks.Where(c => DrillClockNames.KindOf(c.Name) == DrillClockNames.FirstResponse).ToList();
        Assert.Equal(new DrillOptions().Contacts, firstResponses.Count);
        Assert.All(firstResponses.Where(c => c.MetAt is not null), c => Assert.Equal(ClockOutcome.Met, c.Outcome));
        Assert.All(firstResponses.Where(c => c.MetAt is null), c => Assert.Equal(ClockOutcome.Missed, c.Outcome));
        Assert.Contains(firstResponses, c => c.RuleId == "SVC-01" && c.Outcome == ClockOutcome.Missed);

        // Stored with the run: the report page reads the same.
        var stored = await _factory.Drills.GetRunAsync(run.Id);
        Assert.Equal(report.MissedClocks.Count, stored!.Report!.MissedClocks.Count);
        Assert.Equal(report.Responders.Count, stored.Report.Responders.Count);
    }

    [Fact]
    [Trait("Rule", "EMG-03")]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_a_mass_complaint_drill_files_one_complaint_over_the_threshold_and_the_real_detector_switches_on_as_a_drill()
    {
        var schedule = await _factory.ScheduleAsync(EmergencyMode.MassComplaint);

        var run = (await _factory.Drills.RunNowAsync(schedule.Id, DrillTestFactory.Trainer)).Value!;

        var mode = await ModeAsync("mass-complaint");
        Assert.True(mode.GetProperty("active").GetBoolean());
        Assert.True(mode.GetProperty("drill").GetBoolean());
        Assert.Equal("system", mode.GetProperty("changedBy").GetString()); // the detector, not the trainer
        Assert.Equal($"drill-{run.Id:N}", mode.GetProperty("issueKey").GetString());
        await using (var db = _factory.Db())
        {
            var complaints = await db.Complaints.AsNoTracking().Where(c => c.ExternalId.StartsWith(DrillRun.RecordPrefixOf(run.Id))).ToListAsync();
            Assert.Equal(21, complaints.Count); // Policy:Emergency:MassComplaintThreshold (20) + 1
            Assert.All(complaints, c => Assert.True(c.IsDrill && DrillCustomerGenerator.IsDrillWaybill(c.WaybillNo)));
            Assert.True(complaints.Max(c => c.ReceivedAt) - complaints.Min(c => c.ReceivedAt) <= TimeSpan.FromMinutes(60));
        }

        var listed = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/complaints?status=all&issueKey=drill-{run.Id:N}");
        Assert.Equal(0, listed.GetProperty("total").GetInt32()); // drill complaints are never listed

        var report = (await _factory.Drills.EndNowAsync(run.Id, DrillTestFactory.Trainer)).Value!.Report!;

        Assert.False((await ModeAsync("mass-complaint")).GetProperty("active").GetBoolean());
        await using (var db = _factory.Db())
        {
            // The real incident flow ran on the drill: one drill incident, every drill complaint linked, closed with the drill.
            var incident = await db.MassIncidents.AsNoTracking().SingleAsync(m => m.IssueKey == $"drill-{run.Id:N}");
            Assert.True(incident.IsDrill);
            Assert.Equal(21, incident.TotalCount);
            Assert.NotNull(incident.ClosedAt);
        }

        // Its clocks are judged in the report: neither the 2-hour plan nor the 48-hour resolution was due within the drill.
        Assert.Equal(
            [("plan", ClockOutcome.Pending), ("resolve-all", ClockOutcome.Pending)],
            report.Clocks.Where(c => c.RuleId == "EMG-04").Select(c => (c.Name, c.Outcome)).Order());
        Assert.Equal(21, report.Clocks.Count(c => DrillClockNames.KindOf(c.Name) == DrillClockNames.Verify));
        Assert.Contains(report.Responders, r => r.Code == "A801" && r.Expected);
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_one_drill_at_a_time_and_never_over_a_live_mode()
    {
        var outage = await _factory.ScheduleAsync(EmergencyMode.Outage);
        var weather = await _factory.ScheduleAsync(EmergencyMode.Weather);
        var first = (await _factory.Drills.RunNowAsync(outage.Id, DrillTestFactory.Trainer)).Value!;

        var second = await _factory.Drills.RunNowAsync(weather.Id, DrillTestFactory.Trainer);

        Assert.Equal(OperationStatus.Conflict, second.Status);
        await _factory.Drills.EndNowAsync(first.Id, DrillTestFactory.Trainer);

        var real = await _api.PostAsJsonAsync("/api/v1/emergency/weather/activate", new { reason = "台风登陆" });
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        var overLive = await _factory.Drills.RunNowAsync(weather.Id, DrillTestFactory.Trainer);
        await _api.PostAsJsonAsync("/api/v1/emergency/weather/deactivate", new { reason = "台风过境" });

        Assert.Equal(OperationStatus.Conflict, overLive.Status);
        Assert.False((await ModeAsync("weather")).GetProperty("drill").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "EMG-05")]
    public async Task EMG_05_a_scheduled_start_repeated_after_a_crash_runs_one_drill()
    {
        var schedule = await _factory.ScheduleAsync(EmergencyMode.Weather, enabled: true);
        var planned = DrillTestFactory.Start.AddDays(-1);

        var first = await _factory.Runner.StartScheduledAsync(schedule.Id, planned, CancellationToken.None);
        var again = await _factory.Runner.StartScheduledAsync(schedule.Id, planned, CancellationToken.None);

        Assert.Equal(OperationStatus.Created, first.Status);
        Assert.Equal(OperationStatus.Ok, again.Status);
        Assert.Equal(first.Value!.Id, again.Value!.Id);
        Assert.Equal(DrillRunIds.Scheduled(schedule.Id, planned), first.Value.Id);
        await _factory.Runner.EndAsync(first.Value.Id, Actor.System, CancellationToken.None);
        Assert.NotNull((await _factory.Drills.ListSchedulesAsync()).Single(s => s.Id == schedule.Id).LastRunAt);
    }
}
