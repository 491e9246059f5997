using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Tests.Components.Training;

/// <summary>
/// The trainer's home (TRN-01, TRN-02, TRN-05/06, SVC-11): the cohort's days as a grid, entries only for a trainer,
/// forms that hand the service what was typed, and read-only for a supervisor.
/// </summary>
public sealed class TrainerHomeTests : ConsoleComponentTest
{
    // The clock reads 16:00 on 2026-11-22 in the centre.
    private static readonly DateOnly Today = new(2026, 11, 22);

    private readonly FakeTrainingDesk _desk = new(Today);

    public TrainerHomeTests()
    {
        Services.AddSingleton<ITrainingDesk>(_desk);
        Services.AddSingleton<ITrainingFile>(new EmptyTrainingFile());
        SignInAs("trainer", Roles.Trainer);
        _desk.Cohort.Add(Onboarding("A041", "王新", startsOn: Today.AddDays(-2), doneDays: [1]));
        _desk.Cohort.Add(Onboarding("A042", "李想", startsOn: Today.AddDays(-6), doneDays: [1, 2, 3, 4, 5, 6], exams: [new(1, Now.AddHours(-2), 55, 80, false, "trainer")]));
        _desk.Sessions.Add(Session(Now.AddHours(-1)));
        _desk.Missed.Add(new MissedTrainingResource("A005", "周敏", "ONL-1", 1, 0, []));
        _desk.Open.Add(new TrainingAssignmentResource(
            Guid.NewGuid(), "A001", "service-norm", "SVC-11", "attitude:x", "连续 3 次态度投诉", Now.AddDays(-1), "system", 3, "assigned", null, null, null, null, null));
    }

    private static OnboardingResource Onboarding(string code, string name, DateOnly startsOn, int[] doneDays, OnboardingExamResource[]? exams = null)
    {
        string[] topics = ["culture-regulations-policies", "culture-regulations-policies", "business-knowledge", "business-knowledge", "drills-with-mentor", "drills-with-mentor", "exam"];
        var plan = Enumerable.Range(1, 7).Select(d => new OnboardingDayResource(
            d, startsOn.AddDays(d - 1), topics[d - 1], d is 5 or 6, doneDays.Contains(d) ? Now.AddDays(d - 8) : null, doneDays.Contains(d) ? "trainer" : null, null)).ToList();
        var current = Math.Clamp(Today.DayNumber - startsOn.DayNumber + 1, 0, 7);
        return new OnboardingResource(
            Guid.NewGuid(), code, name, "CTR-1", "offline", startsOn, 7, current, "A033", "唐丽", "in-progress", "onboarding", "TRN-01", 60,
            Now.AddDays(-7), "trainer", null, plan, exams ?? []);
    }

    private static TrainingSessionResource Session(DateTimeOffset startsAt) => new(
        Guid.NewGuid(), "11 月案例分享", ["case-sharing"], startsAt, startsAt.AddHours(2), 2, "2026-11", [], Now.AddDays(-3), "trainer",
        [new("A001", "谢强", "ONL-1", "pending", null, null, null), new("A005", "周敏", "ONL-1", "missed", null, Now, "trainer")], []);

    private IRenderedComponent<TrainerHome> RenderHome() => Render<TrainerHome>();

    private static string State(IRenderedComponent<TrainerHome> home, string agent, int day) =>
        home.Find($"[data-testid=onboarding-row][data-agent={agent}] [data-testid=day-cell][data-day='{day}']").GetAttribute("data-state")!;

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_the_cohort_shows_each_day_as_done_today_late_or_ahead_with_the_mentor_and_the_hold()
    {
        var home = RenderHome();

        Assert.Equal(["done", "late", "today", "ahead", "mentor", "mentor", "ahead"], Enumerable.Range(1, 7).Select(d => State(home, "A041", d)));
        var row = home.Find("[data-testid=onboarding-row][data-agent=A041]");
        Assert.Contains("王新", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("唐丽", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("网点柜台组", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("培训中,不可上岗", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("CTR-1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("60", home.Find("[data-testid=pass-mark]").TextContent, StringComparison.Ordinal);
        Assert.Contains("制度未规定及格线", home.Find("[data-testid=pass-mark]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_only_a_due_day_is_clickable_and_the_exam_is_offered_on_day_7_once_every_day_is_done()
    {
        var home = RenderHome();

        Assert.Equal("BUTTON", home.Find("[data-testid=onboarding-row][data-agent=A041] [data-testid=day-cell][data-day='3']").TagName);
        Assert.Equal("BUTTON", home.Find("[data-testid=onboarding-row][data-agent=A041] [data-testid=day-cell][data-day='2']").TagName);
        Assert.Equal("SPAN", home.Find("[data-testid=onboarding-row][data-agent=A041] [data-testid=day-cell][data-day='4']").TagName);
        Assert.Empty(home.FindAll("[data-testid=onboarding-row][data-agent=A041] [data-testid=exam-open]"));
        var retake = home.Find("[data-testid=onboarding-row][data-agent=A042] [data-testid=exam-open]");
        Assert.Contains("补考", retake.TextContent, StringComparison.Ordinal);
        Assert.Contains("理论 55 / 实操 80", home.Find("[data-testid=onboarding-row][data-agent=A042] [data-testid=exam-attempt]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_marking_a_day_sends_the_note_and_recording_the_exam_sends_both_scores()
    {
        var home = RenderHome();

        home.Find("[data-testid=onboarding-row][data-agent=A041] button[data-testid=day-cell][data-day='3']").Click();
        home.Find("[data-testid=day-note] input, input[data-testid=day-note]").Change("业务知识:资费与禁寄品");
        home.Find("[data-testid=day-save]").Click();
        home.Find("[data-testid=onboarding-row][data-agent=A042] [data-testid=exam-open]").Click();
        home.Find("[data-testid=exam-theory] input, input[data-testid=exam-theory]").Change("72");
        home.Find("[data-testid=exam-practice] input, input[data-testid=exam-practice]").Change("66.5");
        home.Find("[data-testid=exam-save]").Click();

        Assert.Equal(("day", (object)("A041", 3, (string?)"业务知识:资费与禁寄品", "trainer")), _desk.Calls[0]);
        Assert.Equal(("exam", (object)("A042", (double?)72, (double?)66.5)), _desk.Calls[1]);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_enrolling_hands_over_what_was_typed_and_shows_a_refused_field_in_the_viewers_words()
    {
        var home = RenderHome();
        home.Find("[data-testid=open-enrol]").Click();
        home.Find("[data-testid=enrol-code] input, input[data-testid=enrol-code]").Input("N100");
        home.Find("[data-testid=enrol-name] input, input[data-testid=enrol-name]").Input("陈新");
        _desk.NextErrors = new Dictionary<string, string[]> { ["teamCode"] = ["teamCode is required."] };

        home.Find("[data-testid=enrol-submit]").Click();

        var request = Assert.IsType<OnboardingRequest>(_desk.Calls.Single().Request);
        Assert.Equal(("N100", "陈新", (string?)null, "2026-11-22"), (request.AgentCode, request.Name, request.TeamCode, request.StartsOn));
        Assert.Contains("新员工请选择班组", home.Find("[data-testid=enrol-form]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("teamCode is required", home.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_scheduling_reads_the_date_and_time_in_the_centre_and_sends_the_topics_and_teams()
    {
        var home = RenderHome();
        home.Find("[data-testid=open-schedule]").Click();
        home.Find("[data-testid=session-title] input, input[data-testid=session-title]").Input("服务技巧提升");
        home.Find("[data-testid=session-date] input, input[data-testid=session-date]").Input("2026-11-26");
        home.Find("[data-testid=session-time] input, input[data-testid=session-time]").Input("09:30");
        home.Find("[data-topic=service-skills] input").Change(true);
        home.Find("[data-team=CTR-1] input").Change(true);

        home.Find("[data-testid=schedule-submit]").Click();

        var request = Assert.IsType<TrainingSessionRequest>(_desk.Calls.Single().Request);
        Assert.Equal("服务技巧提升", request.Title);
        Assert.Equal(["service-skills"], request.Topics);
        Assert.Equal(["CTR-1"], request.Teams);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 1, 30, 0, TimeSpan.Zero), request.StartsAt); // 09:30 in Shanghai
    }

    [Fact]
    [Trait("Rule", "TRN-02")]
    public void TRN_02_attendance_of_a_started_session_is_recorded_with_the_result_and_who_missed_is_listed()
    {
        var home = RenderHome();
        var session = home.Find("[data-testid=session]");
        Assert.Contains("应到 2 · 出席 0 · 缺席 1", session.TextContent, StringComparison.Ordinal);

        home.Find("[data-testid=session-toggle]").Click();
        home.Find("[data-testid=attendee][data-agent=A001] [data-testid=attendee-result]").Change("测验 90 分");
        home.Find("[data-testid=attendee][data-agent=A001] [data-testid=mark-attended]").Click();

        var (id, request) = ((Guid, AttendanceRequest))_desk.Calls.Single().Request;
        Assert.Equal(_desk.Sessions[0].Id, id);
        Assert.Equal(new AttendanceRequest("A001", true, "测验 90 分"), request);
        var missed = home.Find("[data-testid=missed][data-agent=A005]");
        Assert.Contains("周敏", missed.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 / 1", missed.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "SVC-11")]
    public void SVC_11_a_required_training_takes_its_result_and_says_how_long_a_fail_suspends()
    {
        var home = RenderHome();
        var training = home.Find("[data-testid=required-training]");
        Assert.Contains("服务规范培训", training.TextContent, StringComparison.Ordinal);
        Assert.Contains("连续 3 次态度投诉", training.TextContent, StringComparison.Ordinal);

        home.Find("[data-testid=result-open]").Click();
        Assert.Contains("停岗 7 天", home.Find("[data-testid=result-fail]").TextContent, StringComparison.Ordinal);
        home.Find("[data-testid=result-fail]").Click();

        Assert.Equal(("result", (object)(_desk.Open[0].Id, false, (double?)null, (string?)null)), _desk.Calls.Single());
    }

    [Fact]
    public void A_supervisor_reads_the_same_desk_without_any_entry()
    {
        SignInAs("supervisor", Roles.Supervisor);

        var home = RenderHome();

        Assert.Equal("true", home.Find("[data-testid=trainer-home]").GetAttribute("data-readonly"));
        Assert.NotEmpty(home.FindAll("[data-testid=onboarding-row]"));
        Assert.Empty(home.FindAll("button[data-testid=day-cell]"));
        Assert.Empty(home.FindAll("[data-testid=open-enrol], [data-testid=open-schedule], [data-testid=exam-open], [data-testid=result-open]"));
        home.Find("[data-testid=session-toggle]").Click();
        Assert.Empty(home.FindAll("[data-testid=mark-attended]"));
    }

    [Fact]
    public void English_viewers_read_the_desk_in_english()
    {
        UseEnglish();

        var home = RenderHome();

        Assert.Contains("Onboarding", home.Markup, StringComparison.Ordinal);
        Assert.Contains("Pass mark: theory and practice each at least 60", home.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("培训工作台", home.Markup, StringComparison.Ordinal);
    }

    private sealed class EmptyTrainingFile : ITrainingFile
    {
        public Task<TrainingFileResource?> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default) => Task.FromResult<TrainingFileResource?>(null);

        public Task<TrainingYearResource> YearAsync(string agentCode, int year, CancellationToken cancellationToken = default) =>
            Task.FromResult(new TrainingYearResource(agentCode, year, 0, 0, 0, 0));
    }
}
