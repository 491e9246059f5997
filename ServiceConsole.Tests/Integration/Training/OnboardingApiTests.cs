using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Integration.Training;

/// <summary>TRN-01 through the API: enrolment holds the agent, days are marked, the day-7 exam fails and is retaken, a pass releases the hold.</summary>
public sealed class OnboardingApiTests(OnboardingApiTests.Factory factory) : IClassFixture<OnboardingApiTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        // 09:00 in Shanghai on 2026-12-01.
        public Factory() => Time = Clock;

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
    }

    private async Task<Agent> AgentAsync(string code)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.Agents.AsNoTracking().SingleAsync(a => a.Code == code);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    [Trait("Rule", "TRN-01")]
    public async Task TRN_01_a_new_agent_is_created_held_in_onboarding_and_released_only_by_a_passed_day_7_exam()
    {
        await factory.SeedAgentAsync("A801", "phone");
        var api = factory.CreateApiClient();

        var enrolled = await api.PostAsJsonAsync("/api/v1/training/onboarding", new
        {
            agentCode = "N801", name = "林新", teamCode = "T-phone", startsOn = "2026-12-01", mentorCode = "A801",
        });

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.Equal("/api/v1/training/onboarding/N801", enrolled.Headers.Location!.OriginalString);
        var body = await JsonAsync(enrolled);
        Assert.Equal(("林新", "phone", 1, "in-progress", "onboarding", "TRN-01", 60.0), (
            body.GetProperty("agentName").GetString(), body.GetProperty("channel").GetString(), body.GetProperty("currentDay").GetInt32(),
            body.GetProperty("status").GetString(), body.GetProperty("hold").GetString(), body.GetProperty("holdRuleId").GetString(),
            body.GetProperty("passScore").GetDouble()));
        var plan = body.GetProperty("plan").EnumerateArray().ToList();
        Assert.Equal(7, plan.Count);
        Assert.Equal(
            ["culture-regulations-policies", "culture-regulations-policies", "business-knowledge", "business-knowledge", "drills-with-mentor", "drills-with-mentor", "exam"],
            plan.Select(d => d.GetProperty("topic").GetString()));
        Assert.Equal("2026-12-07", plan[6].GetProperty("date").GetString());
        var agent = await AgentAsync("N801");
        Assert.Equal((DutyHold.Onboarding, AgentStatus.InTraining), (agent.Hold, agent.Status));
        var onDuty = await factory.Services.GetRequiredService<ISupervisorActions>().ChangeStatusAsync("N801", AgentStatus.Available, new Actor("supervisor", null, false));
        Assert.Equal(OperationStatus.Conflict, onDuty.Status);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/days/1", new { note = "企业文化、快递条例" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/days/1", new { note = "again" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/days/2", new { note = "too early" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/days/7", new { note = "" })).StatusCode);
        var early = await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/exam", new { theory = 90, practice = 90 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("day 7", (await JsonAsync(early)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromDays(6));
        for (var day = 2; day <= 6; day++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/training/onboarding/N801/days/{day}", new { note = $"第 {day} 天" })).StatusCode);
        }

        var failed = await JsonAsync(await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/exam", new { theory = 59.9, practice = 88 }));
        Assert.Equal(("in-progress", "onboarding"), (failed.GetProperty("status").GetString(), failed.GetProperty("hold").GetString()));
        Assert.False(failed.GetProperty("exams")[0].GetProperty("passed").GetBoolean());
        Assert.Equal(DutyHold.Onboarding, (await AgentAsync("N801")).Hold);

        var passed = await JsonAsync(await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/exam", new { theory = 60, practice = 60 }));
        Assert.Equal(("passed", "none"), (passed.GetProperty("status").GetString(), passed.GetProperty("hold").GetString()));
        Assert.Equal([false, true], passed.GetProperty("exams").EnumerateArray().Select(e => e.GetProperty("passed").GetBoolean()));
        agent = await AgentAsync("N801");
        Assert.Equal((DutyHold.None, AgentStatus.Away), (agent.Hold, agent.Status));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync("/api/v1/training/onboarding/N801/exam", new { theory = 99, practice = 99 })).StatusCode);
        onDuty = await factory.Services.GetRequiredService<ISupervisorActions>().ChangeStatusAsync("N801", AgentStatus.Available, new Actor("supervisor", null, false));
        Assert.Equal(OperationStatus.Ok, onDuty.Status);

        var cohort = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/onboarding");
        var row = cohort.EnumerateArray().Single(o => o.GetProperty("agentCode").GetString() == "N801");
        Assert.All(row.GetProperty("plan").EnumerateArray(), d => Assert.NotEqual(JsonValueKind.Null, d.GetProperty("doneAt").ValueKind));
        Assert.Equal("第 3 天", row.GetProperty("plan")[2].GetProperty("note").GetString());
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public async Task TRN_01_an_existing_agent_is_enrolled_once_and_bad_requests_are_refused_per_field()
    {
        await factory.SeedAgentAsync("A811", "online");
        await factory.SeedAgentAsync("A812", "online");
        var api = factory.CreateApiClient();

        var enrolled = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "A811", startsOn = "2026-12-02", mentorCode = "A812" });
        var again = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "A811", startsOn = "2026-12-02", mentorCode = "A812" });
        var menteeAsMentor = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "N813", name = "王新", teamCode = "T-online", startsOn = "2026-12-02", mentorCode = "A811" });
        var invalid = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "N 8", startsOn = "12/02/2026", channel = "fax", mentorCode = "" });
        var noTeam = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "N814", startsOn = "2026-12-02", mentorCode = "A812" });
        var wrongChannel = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "N815", name = "赵新", teamCode = "T-online", channel = "phone", startsOn = "2026-12-02", mentorCode = "A812" });
        var longAgo = await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "N816", name = "钱新", teamCode = "T-online", startsOn = "2026-11-01", mentorCode = "A812" });

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.Equal(0, (await JsonAsync(enrolled)).GetProperty("currentDay").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, menteeAsMentor.StatusCode);
        Assert.True((await JsonAsync(menteeAsMentor)).GetProperty("errors").TryGetProperty("mentorCode", out _));
        Assert.Equal(
            ["agentCode", "channel", "mentorCode", "startsOn"],
            (await JsonAsync(invalid)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["name", "teamCode"], (await JsonAsync(noTeam)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True((await JsonAsync(wrongChannel)).GetProperty("errors").TryGetProperty("channel", out _));
        Assert.True((await JsonAsync(longAgo)).GetProperty("errors").TryGetProperty("startsOn", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/v1/training/onboarding/A812/days/1", new { note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/training/onboarding/A811/exam", new { theory = 101 })).StatusCode);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public async Task TRN_01_routing_never_offers_a_contact_to_an_agent_in_onboarding()
    {
        await factory.SeedAgentAsync("A821", "offline");
        await factory.SeedAgentAsync("A822", "offline");
        var api = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/training/onboarding", new { agentCode = "A821", startsOn = "2026-12-01", mentorCode = "A822" })).StatusCode);
        await factory.Services.GetRequiredService<ISupervisorActions>().ChangeStatusAsync("A822", AgentStatus.Away, new Actor("supervisor", null, false));

        var contact = await JsonAsync(await api.PostAsJsonAsync("/api/v1/contacts", new { externalId = "trn01-route", channel = "offline", customerName = "孙先生", customerPhone = "13900001111" }));

        Assert.Equal(JsonValueKind.Null, contact.GetProperty("agentCode").ValueKind);
    }
}
