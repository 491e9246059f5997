using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Training;

namespace ServiceConsole.Tests.Domain.Training;

public sealed class OnboardingTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 09:00 in Shanghai on 2026-12-01, the plan's day 1.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), Shanghai).DateTime);

    private Onboarding Enrol() => Onboarding.Enrol(Guid.NewGuid(), "N001", new DateOnly(2026, 12, 1), 7, "A001", "trainer", _clock.GetUtcNow());

    private Onboarding AtDaySeven()
    {
        var onboarding = Enrol();
        _clock.Advance(TimeSpan.FromDays(6));
        for (var day = 1; day <= 6; day++)
        {
            onboarding.MarkDayDone(day, $"第 {day} 天", "trainer", Today, _clock.GetUtcNow());
        }

        return onboarding;
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_the_plan_is_culture_then_business_then_drills_with_the_mentor_then_the_exam_on_day_7()
    {
        var plan = new OnboardingPlan(7);

        Assert.Equal(
            [
                OnboardingTopic.CultureRegulationsPolicies, OnboardingTopic.CultureRegulationsPolicies,
                OnboardingTopic.BusinessKnowledge, OnboardingTopic.BusinessKnowledge,
                OnboardingTopic.DrillsWithMentor, OnboardingTopic.DrillsWithMentor,
                OnboardingTopic.Exam,
            ],
            Enumerable.Range(1, 7).Select(plan.TopicOf));
        Assert.Equal([5, 6], Enumerable.Range(1, 7).Where(plan.WithMentor));
        Assert.Equal(new DateOnly(2026, 12, 7), OnboardingPlan.DateOf(new DateOnly(2026, 12, 1), plan.ExamDay));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OnboardingPlan(3));
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_a_day_7_exam_with_both_scores_at_the_pass_mark_passes_and_ends_the_onboarding()
    {
        var onboarding = AtDaySeven();

        var passed = onboarding.RecordExam(60.0, 60.0, passScore: 60, "trainer", Today, _clock.GetUtcNow());

        Assert.True(passed);
        Assert.Equal(OnboardingStatus.Passed, onboarding.Status);
        Assert.Equal(_clock.GetUtcNow(), onboarding.PassedAt);
        Assert.Throws<InvalidTransitionException>(() => onboarding.RecordExam(90, 90, 60, "trainer", Today, _clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_a_day_7_exam_with_one_score_under_the_mark_fails_and_is_retaken()
    {
        var onboarding = AtDaySeven();

        var first = onboarding.RecordExam(95, 59.9, passScore: 60, "trainer", Today, _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromDays(1));
        var second = onboarding.RecordExam(70, 64, passScore: 60, "trainer", Today, _clock.GetUtcNow());

        Assert.False(first);
        Assert.True(second);
        Assert.Equal(OnboardingStatus.Passed, onboarding.Status);
        Assert.Equal([(1, false), (2, true)], onboarding.Exams.Select(e => (e.Attempt, e.Passed)));
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_the_exam_before_day_7_is_refused()
    {
        var onboarding = Enrol();
        _clock.Advance(TimeSpan.FromDays(5));
        for (var day = 1; day <= 6; day++)
        {
            onboarding.MarkDayDone(day, null, "trainer", Today.AddDays(1), _clock.GetUtcNow());
        }

        var refused = Assert.Throws<InvalidTransitionException>(() => onboarding.RecordExam(90, 90, 60, "trainer", Today, _clock.GetUtcNow()));

        Assert.Equal(("exam", "in-progress"), (refused.Action, refused.CurrentStatus));
        Assert.Contains("2026-12-07", refused.Message, StringComparison.Ordinal);
        Assert.Empty(onboarding.Exams);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_the_exam_waits_for_every_day_of_the_plan()
    {
        var onboarding = Enrol();
        _clock.Advance(TimeSpan.FromDays(6));
        onboarding.MarkDayDone(1, null, "trainer", Today, _clock.GetUtcNow());

        var refused = Assert.Throws<InvalidTransitionException>(() => onboarding.RecordExam(90, 90, 60, "trainer", Today, _clock.GetUtcNow()));

        Assert.Contains("2, 3, 4, 5, 6", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "TRN-01")]
    public void TRN_01_a_day_is_marked_once_on_or_after_its_date_and_the_exam_day_is_not_marked()
    {
        var onboarding = Enrol();

        onboarding.MarkDayDone(1, "  企业文化  ", "trainer", Today, _clock.GetUtcNow());

        Assert.Equal("企业文化", onboarding.DayDone(1)!.Note);
        Assert.Throws<InvalidTransitionException>(() => onboarding.MarkDayDone(1, null, "trainer", Today, _clock.GetUtcNow()));
        Assert.Throws<InvalidTransitionException>(() => onboarding.MarkDayDone(2, null, "trainer", Today, _clock.GetUtcNow()));
        Assert.Throws<ArgumentOutOfRangeException>(() => onboarding.MarkDayDone(7, null, "trainer", Today, _clock.GetUtcNow()));
        Assert.Throws<ArgumentOutOfRangeException>(() => onboarding.MarkDayDone(0, null, "trainer", Today, _clock.GetUtcNow()));
        Assert.Equal(1, onboarding.CurrentDay(Today));
        Assert.Equal(0, onboarding.CurrentDay(Today.AddDays(-1)));
        Assert.Equal(7, onboarding.CurrentDay(Today.AddDays(30)));
    }

    [Fact]
    [Trait("Rule", "TRN-07")]
    public void TRN_07_every_exam_sitting_keeps_its_date_and_both_scores()
    {
        var onboarding = AtDaySeven();
        var firstAt = _clock.GetUtcNow();
        onboarding.RecordExam(40, 80, 60, "trainer", Today, firstAt);
        _clock.Advance(TimeSpan.FromDays(2));
        onboarding.RecordExam(75, 82.5, 60, "trainer2", Today, _clock.GetUtcNow());

        Assert.Equal(
            [(1, firstAt, 40.0, 80.0, "trainer"), (2, _clock.GetUtcNow(), 75.0, 82.5, "trainer2")],
            onboarding.Exams.Select(e => (e.Attempt, e.At, e.Theory, e.Practice, e.RecordedBy)));
    }

    [Fact]
    public void A_new_agent_is_not_their_own_mentor_and_scores_lie_between_0_and_100()
    {
        Assert.Throws<ArgumentException>(() => Onboarding.Enrol(Guid.NewGuid(), "N001", new DateOnly(2026, 12, 1), 7, "N001", "trainer", _clock.GetUtcNow()));
        var onboarding = AtDaySeven();
        Assert.Throws<ArgumentOutOfRangeException>(() => onboarding.RecordExam(101, 60, 60, "trainer", Today, _clock.GetUtcNow()));
        Assert.Throws<ArgumentOutOfRangeException>(() => onboarding.RecordExam(60, double.NaN, 60, "trainer", Today, _clock.GetUtcNow()));
        Assert.Empty(onboarding.Exams);
    }
}
