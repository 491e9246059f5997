using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Integration.Training;

/// <summary>
/// TRN-02 and TRN-07 through the API on the demo centre: a session for every agent, its Quartz reminders reaching an
/// agent live, attendance and results, the month's missed list, and the training file an agent reads only for themselves.
/// </summary>
public sealed class TrainingSessionsApiTests(TrainingSessionsApiTests.Factory factory) : IClassFixture<TrainingSessionsApiTests.Factory>
{
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Settings["ServiceConsole:Demo:Enabled"] = "true";
            Settings["ServiceConsole:Demo:TrafficPerMinute"] = "0";
            Time = Clock;
        }

        // 09:00 in Shanghai on Tuesday 2026-12-01.
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
    }

    private TrainingSessions Sessions => factory.Services.GetRequiredService<TrainingSessions>();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static readonly object[] Everyone = [];

    [Fact]
    [Trait("Rule", "TRN-02")]
    public async Task TRN_02_a_session_for_every_agent_sends_its_reminders_live_a_day_and_an_hour_before()
    {
        var api = factory.CreateApiClient();
        var startsAt = new DateTimeOffset(2026, 12, 10, 6, 0, 0, TimeSpan.Zero); // 14:00 in Shanghai

        var created = await api.PostAsJsonAsync("/api/v1/training/sessions", new
        {
            title = "12 月业务更新与案例分享", topics = new[] { "business-updates", "case-sharing" }, startsAt, teams = Everyone,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = await JsonAsync(created);
        var id = session.GetProperty("id").GetGuid();
        Assert.Equal((2, "2026-12"), (session.GetProperty("hours").GetInt32(), session.GetProperty("month").GetString()));
        Assert.Equal(startsAt.AddHours(2), session.GetProperty("endsAt").GetDateTimeOffset());
        var attendees = session.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("agentCode").GetString()).ToList();
        Assert.Equal(41, attendees.Count); // the demo centre's 42 agents but the one in onboarding (TRN-01 trains them)
        Assert.Contains("A001", attendees);
        Assert.DoesNotContain("A034", attendees);
        Assert.All(session.GetProperty("attendees").EnumerateArray(), a => Assert.Equal("pending", a.GetProperty("attendance").GetString()));
        var stored = await factory.Services.GetRequiredService<TrainingReminderScheduler>().StoredAsync(id, CancellationToken.None);
        Assert.Equal([(1440, startsAt.AddDays(-1)), (60, startsAt.AddHours(-1))], stored);

        // Signed in shortly before the reminder is due (a sign-in from days ago would have expired on the fake clock).
        factory.Clock.Advance(startsAt.AddDays(-1).AddMinutes(-1) - factory.Clock.GetUtcNow());
        var (_, cookie) = await factory.SignInWithCookieAsync("agent", "Demo@2026");
        var (_, supervisorCookie) = await factory.SignInWithCookieAsync("supervisor", "Demo@2026");
        await using var agentHub = await ConnectAsync(cookie);
        await using var supervisorHub = await ConnectAsync(supervisorCookie);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        // What the stored trigger does when it is due, fired now rather than waiting for the scheduler's next poll.
        var quartz = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await quartz.TriggerJob(TrainingReminderScheduler.Key(id), new JobDataMap { [TrainingReminderScheduler.LeadKey] = "1440" });

        var reminder = await agentHub.NextAsync(id);
        Assert.Equal((id, 1440, "12 月业务更新与案例分享"), (reminder.GetProperty("sessionId").GetGuid(), reminder.GetProperty("minutesBefore").GetInt32(), reminder.GetProperty("title").GetString()));
        Assert.False(await Sessions.RemindAsync(id, 1440)); // sent once
        Assert.True(await Sessions.RemindAsync(id, 60));
        var second = await agentHub.NextAsync(id);
        Assert.Equal(60, second.GetProperty("minutesBefore").GetInt32());
        Assert.False(supervisorHub.Reminders.Reader.TryRead(out _)); // supervisors are not attendees
        Assert.Contains(await Sessions.UpcomingForAsync("A001"), s => s.Id == id);
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public async Task TRN_02_attendance_is_recorded_after_the_start_and_the_month_lists_who_missed_it()
    {
        var api = factory.CreateApiClient();
        var startsAt = factory.Clock.GetUtcNow().AddHours(3);
        var session = await JsonAsync(await api.PostAsJsonAsync("/api/v1/training/sessions", new
        {
            title = "服务技巧", topics = new[] { "service-skills" }, startsAt, teams = new[] { "PHN-1" },
        }));
        var id = session.GetProperty("id").GetGuid();
        Assert.Equal(8, session.GetProperty("attendees").GetArrayLength());
        // The day-before reminder is late: it goes out at once; the hour-before one at its time.
        Assert.Equal(
            [factory.Clock.GetUtcNow(), startsAt.AddHours(-1)],
            session.GetProperty("reminders").EnumerateArray().Select(r => r.GetDateTimeOffset()));

        var early = await api.PutAsJsonAsync($"/api/v1/training/sessions/{id}/attendance", new { agentCode = "A017", attended = true });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(3));
        var present = await api.PutAsJsonAsync($"/api/v1/training/sessions/{id}/attendance", new { agentCode = "A017", attended = true, result = "测验 92 分" });
        var absent = await api.PutAsJsonAsync($"/api/v1/training/sessions/{id}/attendance", new { agentCode = "A018", attended = false });
        var stranger = await api.PutAsJsonAsync($"/api/v1/training/sessions/{id}/attendance", new { agentCode = "A001", attended = true });
        var incomplete = await api.PutAsJsonAsync($"/api/v1/training/sessions/{id}/attendance", new { agentCode = "A019" });

        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.True((await JsonAsync(incomplete)).GetProperty("errors").TryGetProperty("attended", out _));
        var a017 = (await JsonAsync(present)).GetProperty("attendees").EnumerateArray().Single(a => a.GetProperty("agentCode").GetString() == "A017");
        Assert.Equal(("attended", "测验 92 分"), (a017.GetProperty("attendance").GetString(), a017.GetProperty("result").GetString()));

        var missed = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/sessions/2026-12/missed");
        var a018 = missed.EnumerateArray().Single(m => m.GetProperty("agentCode").GetString() == "A018");
        Assert.Equal((1, 0), (a018.GetProperty("required").GetInt32(), a018.GetProperty("attended").GetInt32()));
        Assert.Equal(id, a018.GetProperty("missed")[0].GetProperty("sessionId").GetGuid());
        Assert.DoesNotContain(missed.EnumerateArray(), m => m.GetProperty("agentCode").GetString() is "A017" or "A019" or "A001");
        var listed = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/sessions?month=2026-12");
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/training/sessions?month=2026-13")).StatusCode);

        // After the month every agent short of the month's session is listed, whether invited or not; not one in onboarding.
        var afterMonth = await Sessions.MissedAsync("2026-11");
        Assert.Equal(41, afterMonth.Count);
        Assert.DoesNotContain(afterMonth, m => m.AgentCode == "A034");
    }

    [Fact]
    [Trait("Rule", "TRN-07")]
    public async Task TRN_07_the_training_file_lists_sessions_and_required_trainings_and_an_agent_reads_only_their_own()
    {
        var api = factory.CreateApiClient();
        var startsAt = factory.Clock.GetUtcNow().AddMinutes(30);
        var id = (await JsonAsync(await api.PostAsJsonAsync("/api/v1/training/sessions", new
        {
            title = "案例分享:破损理赔", topics = new[] { "case-sharing" }, startsAt, teams = new[] { "ONL-1" },
        }))).GetProperty("id").GetGuid();
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await api.PutAsJsonAsync($"/api/v1/training/sessions/{id}/attendance", new { agentCode = "A001", attended = true, result = "合格" });
        var assignments = factory.Services.GetRequiredService<ITrainingAssignments>();
        var remedial = (await assignments.AssignAsync(new TrainingAssignmentRequest("A001", TrainingAssignmentKind.Remedial, "TRN-05", "assessment:2026-11", "11 月考核不合格", "system"))).Value!;
        var result = await api.PostAsJsonAsync($"/api/v1/training/assignments/{remedial.Id}/result", new { passed = true, score = 71 });
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);

        var agent = await factory.SignInAsync("agent", "Demo@2026");
        var own = await agent.GetFromJsonAsync<JsonElement>("/api/v1/agents/A001/training-file");
        var other = await agent.GetAsync("/api/v1/agents/A002/training-file");
        var supervisor = await factory.SignInAsync("supervisor", "Demo@2026");

        var entries = own.GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "session" && e.GetProperty("outcome").GetString() == "attended"
            && e.GetProperty("result").GetString() == "合格" && e.GetProperty("topics")[0].GetString() == "case-sharing");
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "remedial" && e.GetProperty("outcome").GetString() == "passed"
            && e.GetProperty("score").GetDouble() == 71 && e.GetProperty("ruleId").GetString() == "TRN-05");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/agents/Z999/training-file")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/v1/agents/A002/training-file")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/training/onboarding")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/v1/training/sessions", new { title = "x" })).StatusCode);

        var year = await factory.Services.GetRequiredService<ITrainingFile>().YearAsync("A001", 2026);
        Assert.True(year.SessionsAttended >= 1);
        Assert.Equal((0, 1, 0), (year.SessionsMissed, year.TrainingsPassed, year.TrainingsFailed));
        Assert.Equal(0, (await factory.Services.GetRequiredService<ITrainingFile>().YearAsync("A001", 2025)).SessionsAttended);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public async Task TRN_01_the_demo_centre_has_one_agent_on_day_3_of_onboarding_and_a_session_this_month()
    {
        var api = factory.CreateApiClient();

        var cohort = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/onboarding");
        var sessions = await api.GetFromJsonAsync<JsonElement>("/api/v1/training/sessions");

        var demo = cohort.EnumerateArray().Single(o => o.GetProperty("agentCode").GetString() == "A034");
        Assert.Equal(("onboarding", "A033"), (demo.GetProperty("hold").GetString(), demo.GetProperty("mentorCode").GetString()));
        Assert.Equal(2, demo.GetProperty("plan").EnumerateArray().Count(d => d.GetProperty("doneAt").ValueKind != JsonValueKind.Null));
        Assert.Contains(sessions.EnumerateArray(), s => s.GetProperty("scheduledBy").GetString() == "trainer" && s.GetProperty("month").GetString() == "2026-12");
    }

    private async Task<ReminderListener> ConnectAsync(string cookie)
    {
        var server = factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = cookie;
            })
            .Build();
        var listener = new ReminderListener(connection);
        connection.On<JsonElement>("trainingReminder", payload => listener.Reminders.Writer.TryWrite(payload));
        await connection.StartAsync();
        return listener;
    }

    private sealed class ReminderListener(HubConnection connection) : IAsyncDisposable
    {
        public System.Threading.Channels.Channel<JsonElement> Reminders { get; } = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();

        /// <summary>The next reminder of <paramref name="sessionId"/> (the demo's own session may remind too).</summary>
        public async Task<JsonElement> NextAsync(Guid sessionId)
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var reminder = await Reminders.Reader.ReadAsync(patience.Token);
                if (reminder.GetProperty("sessionId").GetGuid() == sessionId)
                {
                    return reminder;
                }
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
