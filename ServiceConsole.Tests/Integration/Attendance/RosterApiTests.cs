using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Attendance;

namespace ServiceConsole.Tests.Integration.Attendance;

/// <summary>
/// GEN-01 rosters as the roster screen uses them, on the demo centre and a fake clock: taking a roster back never
/// rewrites past days (withdrawn whole before it begins, ended yesterday once begun, kept when wholly past), and a
/// supervisor sees and manages only the rosters of their own teams.
/// </summary>
public sealed class RosterApiTests(RosterApiTests.Factory factory) : IClassFixture<RosterApiTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Time = Clock;
        }

        // 20:00 in Shanghai on Tuesday 2026-12-01.
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<Guid> AddAsync(HttpClient api, object roster)
    {
        var response = await api.PostAsJsonAsync("/api/v1/attendance/rosters", roster);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> DayAsync(HttpClient api, string agent, string month, string date)
    {
        var body = await JsonAsync(await api.GetAsync($"/api/v1/attendance?agentCode={agent}&month={month}"));
        return body.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == date);
    }

    private static AttendanceViewer Supervisor(string name) => new(new Actor(name, null, false), AllTeams: false, IsSupervisor: true, IsHr: false);

    [Fact]
    [Trait("Rule", "GEN-01")]
    public async Task GEN_01_removing_a_roster_withdraws_an_upcoming_one_ends_a_begun_one_yesterday_and_keeps_a_past_one()
    {
        var api = factory.CreateApiClient();
        var upcoming = await AddAsync(api, new { teamCode = "ONL-2", from = "2026-12-03", to = "2026-12-05", start = "09:00", end = "17:00" });
        var begun = await AddAsync(api, new { agentCode = "A003", from = "2026-11-23", to = "2026-12-10", start = "10:00", end = "14:00", note = "周末班" });
        var past = await AddAsync(api, new { agentCode = "A004", from = "2026-11-16", to = "2026-11-20", dayOff = true });

        var withdrawn = await api.DeleteAsync($"/api/v1/attendance/rosters/{upcoming}");
        var ended = await api.DeleteAsync($"/api/v1/attendance/rosters/{begun}");
        var kept = await api.DeleteAsync($"/api/v1/attendance/rosters/{past}");
        var unknown = await api.DeleteAsync($"/api/v1/attendance/rosters/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("deleted", (await JsonAsync(withdrawn)).GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var endedBody = await JsonAsync(ended);
        Assert.Equal("ended", endedBody.GetProperty("outcome").GetString());
        Assert.Equal("2026-11-30", endedBody.GetProperty("roster").GetProperty("to").GetString());
        Assert.Equal(HttpStatusCode.Conflict, kept.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var listed = await JsonAsync(await api.GetAsync("/api/v1/attendance/rosters?from=2026-11-01&to=2026-12-31"));
        var ids = listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(upcoming, ids);
        Assert.Contains(begun, ids);
        Assert.Contains(past, ids);
        // The past day keeps the shift it was classified with; from today the standard week is back.
        Assert.Equal("10:00", (await DayAsync(api, "A003", "2026-11", "2026-11-25")).GetProperty("shiftStart").GetString());
        Assert.Equal("08:00", (await DayAsync(api, "A003", "2026-12", "2026-12-02")).GetProperty("shiftStart").GetString());
        Assert.Equal("08:00", (await DayAsync(api, "A003", "2026-12", "2026-12-03")).GetProperty("shiftStart").GetString());
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public async Task GEN_01_a_supervisor_lists_adds_and_removes_only_the_rosters_of_their_own_teams()
    {
        var api = factory.CreateApiClient();
        var othersRoster = await AddAsync(api, new { teamCode = "PHN-2", from = "2026-12-14", to = "2026-12-18", start = "12:00", end = "20:00" });
        var service = factory.Services.GetRequiredService<AttendanceService>();
        var supervisor = Supervisor("supervisor"); // ONL-1's direct supervisor

        var own = await service.TeamRostersAsync("ONL-1", supervisor);
        var others = await service.TeamRostersAsync("PHN-2", supervisor);
        var addForOthers = await service.AddRosterAsync(new RosterRequest("PHN-2", null, new(2026, 12, 14), new(2026, 12, 14), null, "09:00", "12:00", null, null, null, null), supervisor);
        var removeOthers = await service.RemoveRosterAsync(othersRoster, supervisor);
        var added = await service.AddRosterAsync(new RosterRequest(null, own.Value!.Agents[0].Code, new(2026, 12, 21), new(2026, 12, 31), ["saturday"], null, null, null, null, true, "轮休"), supervisor);
        var removed = await service.RemoveRosterAsync(added.Value!.Id, supervisor);

        Assert.Equal(OperationStatus.Ok, own.Status);
        Assert.Equal("在线客服一组", own.Value.TeamName);
        Assert.NotEmpty(own.Value.Agents);
        Assert.All(own.Value.Agents, a => Assert.NotEqual(a.Code, a.Name)); // names, not codes, for the screen
        Assert.Equal(OperationStatus.NotFound, others.Status);
        Assert.Equal(OperationStatus.NotFound, addForOthers.Status);
        Assert.Equal(OperationStatus.NotFound, removeOthers.Status);
        Assert.Equal(OperationStatus.Created, added.Status);
        Assert.Equal("deleted", removed.Value!.Outcome);
        Assert.DoesNotContain((await service.TeamRostersAsync("ONL-1", supervisor)).Value!.Rosters, r => r.Id == added.Value.Id);
        Assert.Contains((await service.TeamRostersAsync("PHN-2", Supervisor("supervisor2"))).Value!.Rosters, r => r.Id == othersRoster);

        // The list the API gives leaves another team's roster out, exactly as if it did not exist.
        var ownRoster = await AddAsync(api, new { teamCode = "ONL-1", from = "2026-12-14", to = "2026-12-18", start = "12:00", end = "20:00" });
        var listed = await service.ListRostersAsync(new(2026, 12, 1), new(2026, 12, 31), supervisor);
        Assert.Contains(listed, r => r.Id == ownRoster);
        Assert.DoesNotContain(listed, r => r.Id == othersRoster);
        Assert.Contains(await service.ListRostersAsync(new(2026, 12, 1), new(2026, 12, 31), Supervisor("supervisor2")), r => r.Id == othersRoster);
    }
}
