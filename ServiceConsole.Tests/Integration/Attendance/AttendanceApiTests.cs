using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Tests.Integration.Attendance;

/// <summary>
/// GEN-02…05 through the API on the demo centre: punches from the clocks (idempotent on externalId), the month an agent
/// reads only for themselves, leave decided by the team's direct supervisor, pay profiles and the overtime quote.
/// </summary>
public sealed class AttendanceApiTests(AttendanceApiTests.Factory factory) : IClassFixture<AttendanceApiTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Time = Clock;
        }

        // 20:00 in Shanghai on Tuesday 2026-12-01, after the day's shift.
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    }

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static DateTimeOffset On(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, Shanghai);

    private static Task<HttpResponseMessage> PunchAsync(HttpClient api, string externalId, string agent, DateTimeOffset at, string kind) =>
        api.PostAsJsonAsync("/api/v1/attendance/punches", new { externalId, agentCode = agent, at, kind });

    private static async Task<JsonElement> DayAsync(HttpClient client, string agent, string month, string date)
    {
        var response = await client.GetAsync($"/api/v1/attendance?agentCode={agent}&month={month}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        return body.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == date);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_a_punch_is_idempotent_on_its_external_id_and_a_different_reuse_is_a_conflict()
    {
        var api = factory.CreateApiClient();

        var first = await PunchAsync(api, "clk-7781", "A025", On(27, 7, 58), "in");
        var retry = await PunchAsync(api, "clk-7781", "A025", On(27, 7, 58), "in");
        var reuse = await PunchAsync(api, "clk-7781", "A025", On(27, 8, 10), "in");
        var invalid = await api.PostAsJsonAsync("/api/v1/attendance/punches", new { externalId = "clk-7782", agentCode = "A025", at = On(27, 8, 0), kind = "lunch" });
        var unknown = await PunchAsync(api, "clk-7783", "Z999", On(27, 8, 0), "in");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await JsonAsync(first)).GetProperty("id").GetGuid(), (await JsonAsync(retry)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await JsonAsync(invalid)).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await JsonAsync(unknown)).GetProperty("errors").TryGetProperty("agentCode", out _));
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_an_agent_cannot_send_punches_the_clocks_do()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var response = await PunchAsync(agent, "clk-self", "A001", On(30, 7, 55), "in");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public async Task GEN_05_a_clock_in_29_minutes_late_is_late_and_31_minutes_absence_deducting_three_daily_wages()
    {
        var api = factory.CreateApiClient();
        // Agents of their own: every demo agent already has punches and a pay profile.
        foreach (var code in new[] { "Z026", "Z027", "Z028" })
        {
            await factory.SeedAgentAsync(code, "phone", team: "PHN-2");
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/attendance/pay-profiles/Z027", new { monthlyBase = 4300m, hasPositionAllowance = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PunchAsync(api, "clk-z26-in", "Z026", On(30, 8, 29), "in")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PunchAsync(api, "clk-z26-out", "Z026", On(30, 17, 35), "out")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PunchAsync(api, "clk-z27-in", "Z027", On(30, 8, 31), "in")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PunchAsync(api, "clk-z27-out", "Z027", On(30, 17, 35), "out")).StatusCode);

        var late = await DayAsync(api, "Z026", "2026-11", "2026-11-30");
        var absent = await DayAsync(api, "Z027", "2026-11", "2026-11-30");
        var noProfile = await DayAsync(api, "Z028", "2026-11", "2026-11-30");

        Assert.Equal("late", late.GetProperty("status").GetString());
        Assert.Equal(29, late.GetProperty("minutesLate").GetInt32());
        Assert.Equal("GEN-03", late.GetProperty("ruleId").GetString());
        Assert.Equal("absent", absent.GetProperty("status").GetString());
        Assert.Equal(1, absent.GetProperty("absenceUnits").GetInt32());
        Assert.Equal(600m, absent.GetProperty("deductionYuan").GetDecimal()); // 3 × 4300 ÷ 21.5
        Assert.Equal("GEN-05", absent.GetProperty("ruleId").GetString());
        Assert.Equal(2, absent.GetProperty("punches").GetArrayLength());
        Assert.Equal("absent", noProfile.GetProperty("status").GetString());
        Assert.Equal(2, noProfile.GetProperty("absenceUnits").GetInt32());
        Assert.Equal(JsonValueKind.Null, noProfile.GetProperty("deductionYuan").ValueKind); // unknown, never made up
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_an_agent_reads_only_their_own_attendance()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var own = await agent.GetAsync("/api/v1/attendance?month=2026-11");
        var other = await agent.GetAsync("/api/v1/attendance?agentCode=A002&month=2026-11");
        var missing = await agent.GetAsync("/api/v1/attendance?agentCode=A999&month=2026-11");
        var badMonth = await agent.GetAsync("/api/v1/attendance?agentCode=A001&month=11-2026");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("A001", (await JsonAsync(own)).GetProperty("agentCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_leave_filed_by_the_agent_is_decided_by_the_teams_direct_supervisor_and_covers_the_day()
    {
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);
        var filed = await agent.PostAsJsonAsync("/api/v1/attendance/leave", new { kind = "marriage", from = "2026-12-07", to = "2026-12-08", reason = "婚假" });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (await JsonAsync(filed)).GetProperty("id").GetGuid();
        var forOther = await agent.PostAsJsonAsync("/api/v1/attendance/leave", new { agentCode = "A002", kind = "sick", from = "2026-12-07", to = "2026-12-07", reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, forOther.StatusCode);

        var otherSupervisor = await factory.SignInAsync("supervisor2", DemoOptions.DefaultPassword);
        var refused = await otherSupervisor.PostAsJsonAsync($"/api/v1/attendance/leave/{id}/decide", new { approve = true });
        var supervisor = await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword);
        var approved = await supervisor.PostAsJsonAsync($"/api/v1/attendance/leave/{id}/decide", new { approve = true, note = "恭喜" });
        var again = await supervisor.PostAsJsonAsync($"/api/v1/attendance/leave/{id}/decide", new { approve = false });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode); // ONL-1 is supervisor's team, not supervisor2's
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await JsonAsync(approved)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var day = await DayAsync(agent, "A001", "2026-12", "2026-12-07");
        Assert.Equal("leave", day.GetProperty("status").GetString());
        Assert.Equal("marriage", day.GetProperty("leave").GetString());
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task GEN_03_a_supervisor_adds_a_missing_clock_out_and_voids_a_wrong_punch()
    {
        var api = factory.CreateApiClient();
        await factory.SeedAgentAsync("Z030", "phone", team: "PHN-2"); // in supervisor2's team, without the demo's punches
        var wrong = await JsonAsync(await PunchAsync(api, "clk-z30-in", "Z030", On(26, 8, 5), "in"));
        Assert.Equal(HttpStatusCode.Created, (await PunchAsync(api, "clk-z30-in2", "Z030", On(26, 7, 57), "in")).StatusCode);
        var supervisor = await factory.SignInAsync("supervisor2", DemoOptions.DefaultPassword);
        Assert.Equal("missing-punch", (await DayAsync(supervisor, "Z030", "2026-11", "2026-11-26")).GetProperty("status").GetString());

        var added = await supervisor.PostAsJsonAsync("/api/v1/attendance/corrections", new { agentCode = "Z030", at = On(26, 17, 40), kind = "out", reason = "打卡机故障，经核实按时下班" });
        var voided = await supervisor.PostAsJsonAsync($"/api/v1/attendance/punches/{wrong.GetProperty("id").GetGuid()}/void", new { reason = "重复打卡" });
        var notMine = await (await factory.SignInAsync("supervisor", DemoOptions.DefaultPassword))
            .PostAsJsonAsync("/api/v1/attendance/corrections", new { agentCode = "Z030", at = On(26, 17, 40), kind = "out", reason = "x" });
        var noReason = await supervisor.PostAsJsonAsync("/api/v1/attendance/corrections", new { agentCode = "Z030", at = On(26, 17, 40), kind = "out" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var day = await DayAsync(supervisor, "Z030", "2026-11", "2026-11-26");
        Assert.Equal("on-time", day.GetProperty("status").GetString());
        Assert.Equal(3, day.GetProperty("punches").GetArrayLength()); // the voided one is still shown, marked
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public async Task GEN_02_the_overtime_quote_and_its_field_level_errors()
    {
        var api = factory.CreateApiClient();
        var agent = await factory.SignInAsync("agent", DemoOptions.DefaultPassword);

        var holiday = await JsonAsync(await api.PostAsJsonAsync("/api/v1/payroll/overtime/quote", new { monthlyBase = 4300m, hours = 2m, dayKind = "holiday" }));
        var restday = await agent.PostAsJsonAsync("/api/v1/payroll/overtime/quote", new { monthlyBase = 5000m, hours = 3m, dayKind = "restday" });
        var bad = await api.PostAsJsonAsync("/api/v1/payroll/overtime/quote", new { monthlyBase = -1m, hours = 0m, dayKind = "weekend" });

        Assert.Equal(150.00m, holiday.GetProperty("amount").GetDecimal());
        Assert.Equal(25.00m, holiday.GetProperty("hourlyRate").GetDecimal());
        Assert.Equal("GEN-02", holiday.GetProperty("ruleId").GetString());
        Assert.Equal(HttpStatusCode.OK, restday.StatusCode);
        Assert.Equal(174.42m, (await JsonAsync(restday)).GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.All(new[] { "monthlyBase", "hours", "dayKind" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public async Task GEN_02_recorded_overtime_takes_its_day_kind_from_the_calendar_and_an_allowance_means_time_off_in_lieu()
    {
        var api = factory.CreateApiClient();
        await api.PutAsJsonAsync("/api/v1/attendance/pay-profiles/A031", new { monthlyBase = 4300m });
        await api.PutAsJsonAsync("/api/v1/attendance/pay-profiles/A032", new { monthlyBase = 6000m, hasPositionAllowance = true });

        var paid = await JsonAsync(await api.PostAsJsonAsync("/api/v1/payroll/overtime", new { agentCode = "A031", date = "2026-11-29", hours = 2m, reason = "周日加班" }));
        var lieu = await JsonAsync(await api.PostAsJsonAsync("/api/v1/payroll/overtime", new { agentCode = "A032", date = "2026-11-30", hours = 2m, reason = "加班" }));

        Assert.Equal(("restday", "pay", 100.00m), (paid.GetProperty("dayKind").GetString(), paid.GetProperty("compensation").GetString(), paid.GetProperty("amount").GetDecimal()));
        Assert.Equal(("workday", "time-off-in-lieu"), (lieu.GetProperty("dayKind").GetString(), lieu.GetProperty("compensation").GetString()));
        Assert.Equal(JsonValueKind.Null, lieu.GetProperty("amount").ValueKind);
    }
}
