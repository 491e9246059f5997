using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.Assessment;

/// <summary>
/// The assessment API with the demo's people signed in: who may score attitude, run a month, read proposals; an agent
/// sees only their own results (another's is not found); bad input is a field-level 400.
/// </summary>
public sealed class AssessmentApiTests(AssessmentApiTests.Factory factory) : IClassFixture<AssessmentApiTests.Factory>
{
    /// <summary>The demo centre (its logins; A001 is the agent "agent") without traffic, on the default fake clock.</summary>
    public sealed class Factory : AssessmentTestFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
        }
    }

    private const string Month = "2026-11";

    private readonly Dictionary<string, HttpClient> _clients = [];

    private async Task<HttpClient> AsAsync(string login)
    {
        if (!_clients.TryGetValue(login, out var client))
        {
            client = await factory.SignInAsync(login, "Demo@2026");
            _clients[login] = client;
        }

        return client;
    }

    private async Task EnsureMonthRunAsync()
    {
        if (!factory.Seeded)
        {
            await factory.GoodMonthAsync("A001", 2026, 11);
            await factory.GoodMonthAsync("A002", 2026, 11);
            Assert.True((await factory.Assessments.RunAsync(Month, AssessmentTestFactory.Hr)).Succeeded);
            factory.Seeded = true;
        }
    }

    [Theory]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("hr", HttpStatusCode.Forbidden)]
    [InlineData("trainer", HttpStatusCode.Forbidden)]
    [InlineData("agent", HttpStatusCode.Forbidden)]
    [Trait("Rule", "TRN-04")]
    public async Task TRN_04_only_supervisors_score_attitude(string login, HttpStatusCode expected)
    {
        await EnsureMonthRunAsync();
        var client = await AsAsync(login);

        var response = await client.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A002/attitude", new { score = 85, note = "态度认真" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("hr", HttpStatusCode.OK)]
    [InlineData("trainer", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.Forbidden)]
    [InlineData("agent", HttpStatusCode.Forbidden)]
    [Trait("Rule", "TRN-03")]
    public async Task TRN_03_hr_trainers_and_admins_run_a_month_now(string login, HttpStatusCode expected)
    {
        var client = await AsAsync(login);

        var response = await client.PostAsync("/api/v1/assessments/2026-06/run", null);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var run = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("2026-06", true, login), (run.GetProperty("month").GetString(), run.GetProperty("final").GetBoolean(), run.GetProperty("ranBy").GetString()));
        }
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public async Task An_agent_reads_only_their_own_results_and_another_agents_answer_not_found()
    {
        await EnsureMonthRunAsync();
        var agent = await AsAsync("agent");

        var month = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{Month}");
        var own = await agent.GetAsync($"/api/v1/assessments/{Month}/agents/A001");
        var other = await agent.GetAsync($"/api/v1/assessments/{Month}/agents/A002");
        var nobody = await agent.GetAsync($"/api/v1/assessments/{Month}/agents/A999");
        var proposals = await agent.GetAsync("/api/v1/assessments/proposals");

        Assert.Equal("A001", Assert.Single(month.EnumerateArray()).GetProperty("agentCode").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.Equal((await nobody.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(),
            (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, proposals.StatusCode);
        var supervisorView = await (await AsAsync("supervisor")).GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{Month}");
        Assert.True(supervisorView.GetArrayLength() >= 40);
        var row = supervisorView.EnumerateArray().First(r => r.GetProperty("agentCode").GetString() == "A002");
        Assert.NotEqual("A002", row.GetProperty("agentName").GetString()); // a display name, not the code
    }

    [Theory]
    [InlineData("hr", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.Forbidden)]
    [InlineData("trainer", HttpStatusCode.Forbidden)]
    [Trait("Rule", "TRN-06")]
    public async Task TRN_06_termination_proposals_are_listed_for_hr(string login, HttpStatusCode expected)
    {
        var response = await (await AsAsync(login)).GetAsync("/api/v1/assessments/proposals");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_does_not_read_assessments()
    {
        var response = await (await AsAsync("coordinator")).GetAsync($"/api/v1/assessments/{Month}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "TRN-04")]
    public async Task Invalid_attitude_requests_answer_400_naming_the_field()
    {
        await EnsureMonthRunAsync();
        var supervisor = await AsAsync("supervisor");

        var tooHigh = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A001/attitude", new { score = 100.5 });
        var missing = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A001/attitude", new { note = "无分数" });
        var badMonth = await supervisor.PutAsJsonAsync("/api/v1/assessments/2026-13/agents/A001/attitude", new { score = 80 });
        var longNote = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A001/attitude", new { score = 80, note = new string('好', 501) });
        var unknown = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A999/attitude", new { score = 80 });

        await AssertFieldAsync(tooHigh, "score");
        await AssertFieldAsync(missing, "score");
        await AssertFieldAsync(badMonth, "month");
        await AssertFieldAsync(longNote, "note");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    [Trait("Rule", "TRN-08")]
    public async Task TRN_08_the_talk_is_recorded_on_a_graded_month_and_refused_before_with_409()
    {
        await EnsureMonthRunAsync();
        var supervisor = await AsAsync("supervisor");
        var talk = new { talkedOn = "2026-12-02", summary = "回顾了本月的首次解决率", improvementPlan = "每周复盘两个未解决的工单" };

        var invalid = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A001/review", new { talkedOn = "2026-10-31", summary = " " });
        var before = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A003/review", talk);
        var notRun = await supervisor.PutAsJsonAsync("/api/v1/assessments/2026-01/agents/A001/review", talk);
        await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A001/attitude", new { score = 75 });
        var recorded = await supervisor.PutAsJsonAsync($"/api/v1/assessments/{Month}/agents/A001/review", talk);

        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True(errors.TryGetProperty("talkedOn", out _));
        Assert.True(errors.TryGetProperty("summary", out _));
        Assert.True(errors.TryGetProperty("improvementPlan", out _));
        Assert.Equal(HttpStatusCode.Conflict, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notRun.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var review = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("review");
        Assert.Equal(("2026-12-02", "每周复盘两个未解决的工单", "supervisor"),
            (review.GetProperty("talkedOn").GetString(), review.GetProperty("improvementPlan").GetString(), review.GetProperty("reviewedBy").GetString()));
    }

    [Fact]
    public async Task Bad_months_and_years_answer_400()
    {
        var hr = await AsAsync("hr");

        await AssertFieldAsync(await hr.GetAsync("/api/v1/assessments/26-11"), "month");
        await AssertFieldAsync(await hr.PostAsync("/api/v1/assessments/2026-1/run", null), "month");
        await AssertFieldAsync(await hr.GetAsync("/api/v1/assessments/annual/twenty"), "year");
        await AssertFieldAsync(await hr.GetAsync("/api/v1/assessments/annual/1999"), "year");
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/api/v1/assessments/annual/2026")).StatusCode);
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }
}
