using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Promotions;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Promotions;

namespace ServiceConsole.Tests.Integration.Promotions;

/// <summary>PRM-01…05 through <c>/api/v1/promotions</c> with the demo logins, on a fake clock.</summary>
public sealed class PromotionApiTests(PromotionApiTests.Factory factory) : IClassFixture<PromotionApiTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Time = Clock;
        }

        // 10:00 in Shanghai on Monday 2027-03-01, the last month of the first quarter.
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero));
    }

    private const string Password = "Demo@2026";

    private Task<HttpClient> As(string login) => factory.SignInAsync(login, Password);

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    /// <summary>HR applies for an agent of ONL-1 (supervisor) and returns the application's id.</summary>
    private async Task<Guid> ApplyAsync(HttpClient hr, string agent) =>
        (await Ok(await Post(hr, "/api/v1/promotions", new { agentCode = agent, targetLevel = "supervisor", statement = "工作三年，季度考核均为良好以上" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    [Fact]
    [Trait("Rule", "PRM-02")]
    [Trait("Rule", "GEN-07")]
    public async Task PRM_02_the_application_profile_lists_the_approved_rewards_and_penalties_and_not_a_pending_one()
    {
        var supervisor = await As("supervisor");
        var hr = await As("hr");
        var causes = await Ok(await hr.GetAsync("/api/v1/personnel/causes"));
        string Cause(string kind) => causes.EnumerateArray().First(c => c.GetProperty("kind").GetString() == kind).GetProperty("causes")[0].GetString()!;
        var merit = await Ok(await Post(supervisor, "/api/v1/personnel/records", new { agentCode = "A009", kind = "merit", cause = Cause("merit") }), HttpStatusCode.Created);
        await Ok(await Post(supervisor, "/api/v1/personnel/records", new { agentCode = "A009", kind = "warning", cause = Cause("warning") }), HttpStatusCode.Created);
        await Ok(await Post(hr, $"/api/v1/personnel/records/{merit.GetProperty("id").GetGuid()}/approve", new { note = "同意" }));

        var profile = await Ok(await hr.GetAsync("/api/v1/promotions/profile/A009"));

        var records = profile.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(["merit"], records.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(Cause("merit"), records[0].GetProperty("cause").GetString());
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public async Task PRM_03_agent_applies_for_themselves_only_the_next_level_and_once()
    {
        var agent = await As("agent"); // A001, ONL-1
        Assert.Equal(HttpStatusCode.NotFound, (await Post(agent, "/api/v1/promotions", new { agentCode = "A002", targetLevel = "supervisor", statement = "替别人申请" })).StatusCode);
        var invalid = await Ok(await Post(agent, "/api/v1/promotions", new { agentCode = "A001", targetLevel = "boss", statement = "" }), HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("targetLevel", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("statement", out _));
        await Ok(await Post(agent, "/api/v1/promotions", new { agentCode = "A001", targetLevel = "manager", statement = "跳级" }), HttpStatusCode.Conflict);

        var created = await Ok(await Post(agent, "/api/v1/promotions", new { agentCode = "A001", targetLevel = "supervisor", statement = "我想带团队" }), HttpStatusCode.Created);
        Assert.Equal("first-review", created.GetProperty("status").GetString());
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(7), created.GetProperty("firstReviewDueAt").GetDateTimeOffset());
        Assert.Equal("supervisor", created.GetProperty("reviewer").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Post(agent, "/api/v1/promotions", new { agentCode = "A001", targetLevel = "supervisor", statement = "再来一份" })).StatusCode);

        // The first review's reminder is on the persistent store, PRM-03's 7 days less the reminder's lead.
        var id = created.GetProperty("id").GetGuid();
        var stored = await factory.Services.GetRequiredService<PromotionScheduler>().StoredAsync(PromotionScheduler.ReminderGroup, id, CancellationToken.None);
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(6), stored);

        // The agent reads their own; another agent's code answers 404 like an unknown one.
        await Ok(await agent.GetAsync($"/api/v1/promotions/{id}"));
        var mine = await Ok(await agent.GetAsync("/api/v1/promotions"));
        Assert.All(mine.EnumerateArray(), p => Assert.Equal("A001", p.GetProperty("agentCode").GetString()));
        await Ok(await agent.GetAsync("/api/v1/promotions/profile/A001"));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/promotions/profile/A002")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public async Task PRM_03_only_the_direct_supervisor_reviews_others_get_404_or_403_and_the_review_shows_late_after_7_days()
    {
        var hr = await As("hr");
        var id = await ApplyAsync(hr, "A002"); // ONL-1: supervisor
        var other = await As("supervisor2");
        Assert.Equal(HttpStatusCode.NotFound, (await Post(other, $"/api/v1/promotions/{id}/review", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/promotions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(hr, $"/api/v1/promotions/{id}/review", new { approve = true })).StatusCode);
        var supervisor = await As("supervisor");
        await Ok(await Post(supervisor, $"/api/v1/promotions/{id}/review", new { approve = false }), HttpStatusCode.BadRequest);

        var listed = await Ok(await supervisor.GetAsync("/api/v1/promotions?status=first-review"));
        Assert.Contains(listed.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id && !p.GetProperty("firstReviewOverdue").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/v1/promotions?status=nope")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public async Task PRM_03_committee_publicity_objections_and_hr_approval_in_order_with_409s()
    {
        var hr = await As("hr");
        var id = await ApplyAsync(hr, "A003");
        var supervision = await As("supervision");
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(supervision, $"/api/v1/promotions/{id}/decide", new { approve = true, rationale = "x" })).StatusCode);
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/decide", new { approve = true, rationale = "先于初审" }), HttpStatusCode.Conflict);
        await Ok(await Post(await As("supervisor"), $"/api/v1/promotions/{id}/review", new { approve = true, teamworkNote = "团队协作好" }));
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/decide", new { approve = true }), HttpStatusCode.BadRequest);
        var publicity = await Ok(await Post(hr, $"/api/v1/promotions/{id}/decide", new { approve = true, rationale = "委员会一致同意" }));
        Assert.Equal("publicity", publicity.GetProperty("status").GetString());
        var endsAt = publicity.GetProperty("publicityEndsAt").GetDateTimeOffset();
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(7), endsAt);

        // Anyone signed in sees the publicity and files a written objection; the agent proposed does not see who did.
        var colleague = await As("specialist");
        var running = await Ok(await colleague.GetAsync("/api/v1/promotions/publicity"));
        Assert.Contains(running.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        var objected = await Ok(await Post(colleague, $"/api/v1/promotions/{id}/objections", new { text = "上月有一次态度投诉" }));
        var objectionId = objected.GetProperty("objections")[0].GetProperty("id").GetGuid();
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/approve", new { note = "太早" }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(supervision, $"/api/v1/promotions/{id}/approve", new { })).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(7));
        (hr, colleague, supervision) = (await As("hr"), await As("specialist"), await As("supervision")); // a week later: signed in again
        await Ok(await Post(colleague, $"/api/v1/promotions/{id}/objections", new { text = "公示结束后" }), HttpStatusCode.NotFound); // no longer public
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/approve", new { }), HttpStatusCode.Conflict); // unanswered objection
        Assert.Equal(HttpStatusCode.NotFound, (await Post(hr, $"/api/v1/promotions/{id}/objections/{Guid.NewGuid()}/answer", new { answer = "?" })).StatusCode);
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/objections/{objectionId}/answer", new { answer = "已核实：投诉不成立" }));
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/objections/{objectionId}/answer", new { answer = "再答" }), HttpStatusCode.Conflict);
        var approved = await Ok(await Post(hr, $"/api/v1/promotions/{id}/approve", new { note = "同意" }));
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Equal(PromotionCalendar.EffectiveOn(today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), approved.GetProperty("effectiveOn").GetString());
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/reject", new { note = "反悔" }), HttpStatusCode.Conflict);

        // PRM-05: the supervision group reads the whole record, objector included.
        var record = await Ok(await supervision.GetAsync($"/api/v1/promotions/{id}"));
        Assert.Equal(
            ["applied", "first-review", "committee-decision", "objection", "objection-answered", "hr-approval"],
            record.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal("specialist", record.GetProperty("objections")[0].GetProperty("filedBy").GetString());
        Assert.Equal("团队协作好", record.GetProperty("teamworkNotes").GetString());
        var hidden = await Ok(await (await As("agent")).GetAsync("/api/v1/promotions"));
        Assert.DoesNotContain(hidden.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Subject == $"promotion:{id}" && r.Actor == "hr"));
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public async Task PRM_03_hr_rejects_with_a_note_and_the_reminder_job_reminds_the_supervisor_once()
    {
        var hr = await As("hr");
        var id = await ApplyAsync(hr, "A006");
        var workflow = factory.Services.GetRequiredService<PromotionWorkflow>();
        Assert.True(await workflow.RemindAsync(id));
        Assert.False(await workflow.RemindAsync(id));
        await Ok(await Post(hr, $"/api/v1/promotions/{id}/reject", new { note = "" }), HttpStatusCode.BadRequest);
        var rejected = await Ok(await Post(hr, $"/api/v1/promotions/{id}/reject", new { note = "本季度考核不合格" }));
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Null(await factory.Services.GetRequiredService<PromotionScheduler>().StoredAsync(PromotionScheduler.ReminderGroup, id, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/api/v1/promotions/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await As("agent")).PostAsJsonAsync($"/api/v1/promotions/{id}/reject", new { note = "x" })).StatusCode);
    }
}
