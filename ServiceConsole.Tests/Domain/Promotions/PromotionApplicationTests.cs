using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Promotions;

namespace ServiceConsole.Tests.Domain.Promotions;

public sealed class PromotionApplicationTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly PromotionOptions _options = new();

    // 10:00 in Shanghai on 2027-02-01.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 1, 2, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _clock.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Shanghai).DateTime);

    private PromotionApplication Apply(IEnumerable<PromotionApplication>? earlier = null) =>
        PromotionApplication.Apply(Guid.NewGuid(), "A001", PromotionLevel.Specialist, PromotionLevel.Supervisor, "三年一线经验", "agent", earlier ?? [], Now, _options);

    private PromotionApplication InPublicity()
    {
        var application = Apply();
        application.Review(true, "支持", "乐于带新人", "supervisor", Now);
        application.Decide(true, "季度考核均为优秀", "hr", Now, _options);
        return application;
    }

    [Fact]
    [Trait("Rule", "PRM-01")]
    public void PRM_01_an_agent_starts_as_specialist_and_may_apply_only_for_the_next_level()
    {
        var agent = new Agent("A001", "张三", "ONL-1", Channel.Online, Now);
        Assert.Equal(PromotionLevel.Specialist, agent.Level);
        var skip = Assert.Throws<InvalidTransitionException>(() => PromotionApplication.Apply(
            Guid.NewGuid(), "A001", PromotionLevel.Specialist, PromotionLevel.Manager, "跳级", "agent", [], Now, _options));
        Assert.Equal("specialist", skip.CurrentStatus);
        Assert.Throws<InvalidTransitionException>(() => PromotionApplication.Apply(
            Guid.NewGuid(), "A001", PromotionLevel.Manager, PromotionLevel.Manager, "到顶", "agent", [], Now, _options));
    }

    [Fact]
    [Trait("Rule", "PRM-01")]
    public void PRM_01_a_second_open_application_for_the_same_agent_is_refused_and_allowed_after_a_rejection()
    {
        var first = Apply();
        Assert.Throws<InvalidTransitionException>(() => Apply([first]));

        first.Reject("条件不足", "hr", Now);
        var second = Apply([first]);
        Assert.Equal(PromotionStatus.FirstReview, second.Status);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_first_review_on_day_7_is_on_time_and_on_day_8_it_is_overdue()
    {
        var onTime = Apply();
        var late = Apply();
        Assert.Equal(Now.AddDays(7), onTime.FirstReviewDueAt);

        _clock.Advance(TimeSpan.FromDays(7));
        Assert.False(onTime.IsFirstReviewOverdue(Now));
        onTime.Review(true, null, "配合好", "supervisor", Now);
        Assert.Equal(PromotionStatus.Committee, onTime.Status);
        Assert.False(onTime.IsFirstReviewOverdue(Now));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True(late.IsFirstReviewOverdue(Now));
        late.Review(true, "迟到的初审", null, "supervisor", Now); // a late review is still taken, and recorded when it was done
        Assert.Equal(Now, late.Steps[^1].At);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_steps_go_in_order_and_a_refusal_at_first_review_or_committee_ends_the_application()
    {
        var application = Apply();
        Assert.Throws<InvalidTransitionException>(() => application.Decide(true, "越级", "hr", Now, _options));
        application.Review(false, "业绩不足", null, "supervisor", Now);
        Assert.Equal(PromotionStatus.Rejected, application.Status);
        Assert.Throws<InvalidTransitionException>(() => application.Decide(true, "x", "hr", Now, _options));

        var second = Apply([application]);
        second.Review(true, null, null, "supervisor", Now);
        Assert.Throws<ArgumentException>(() => second.Decide(true, " ", "hr", Now, _options));
        second.Decide(false, "本季度名额已满", "hr", Now, _options);
        Assert.Equal(PromotionStatus.Rejected, second.Status);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_objections_are_taken_on_publicity_day_6_and_refused_on_day_7()
    {
        var application = InPublicity();
        Assert.Equal(Now.AddDays(7), application.PublicityEndsAt);
        _clock.Advance(TimeSpan.FromDays(6));
        application.FileObjection(Guid.NewGuid(), "他上月有投诉", "A002", Now);

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Throws<InvalidTransitionException>(() => application.FileObjection(Guid.NewGuid(), "太晚", "A003", Now));
        Assert.Single(application.Objections);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_approval_before_the_publicity_ends_is_refused()
    {
        var application = InPublicity();
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var refused = Assert.Throws<InvalidTransitionException>(() => application.Approve(null, "hr", Now, Today));
        Assert.Equal("approve", refused.Action);

        _clock.Advance(TimeSpan.FromMinutes(1));
        application.Approve("同意", "hr", Now, Today);
        Assert.Equal(PromotionStatus.Approved, application.Status);
    }

    [Fact]
    [Trait("Rule", "PRM-03")]
    public void PRM_03_approval_with_an_unanswered_objection_is_refused_and_allowed_once_answered()
    {
        var application = InPublicity();
        var objection = application.FileObjection(Guid.NewGuid(), "团队协作一般", "A002", Now);
        _clock.Advance(TimeSpan.FromDays(8));
        Assert.Throws<InvalidTransitionException>(() => application.Approve(null, "hr", Now, Today));

        application.AnswerObjection(objection.Id, "已核实，协作评价良好", "hr", Now);
        Assert.Throws<InvalidTransitionException>(() => application.AnswerObjection(objection.Id, "再答", "hr", Now));
        application.Approve(null, "hr", Now, Today);
        Assert.Equal(PromotionStatus.Approved, application.Status);
    }

    [Theory]
    [Trait("Rule", "PRM-04")]
    [InlineData("2027-03-31", "2027-04-01")] // decided in the quarter's last month: the next month
    [InlineData("2027-03-01", "2027-04-01")]
    [InlineData("2027-02-10", "2027-04-01")] // outside it: with the quarter's promotions, after the quarter
    [InlineData("2027-01-05", "2027-04-01")]
    [InlineData("2027-12-15", "2028-01-01")] // December: the new year
    [InlineData("2027-11-30", "2028-01-01")]
    [InlineData("2027-07-01", "2027-10-01")]
    public void PRM_04_the_new_level_applies_on_the_first_day_after_the_quarter_of_the_decision(string decided, string effective)
    {
        Assert.Equal(DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture),
            PromotionCalendar.EffectiveOn(DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    [Trait("Rule", "PRM-04")]
    public void PRM_04_approved_in_march_the_agent_is_supervisor_from_1_april_and_not_before()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var agent = new Agent("A001", "张三", "ONL-1", Channel.Online, Now);
        var application = InPublicity();
        _clock.Advance(TimeSpan.FromDays(7));
        Assert.True(PromotionCalendar.IsDecisionMonth(Today));
        application.Approve(null, "hr", Now, Today);
        Assert.Equal(new DateOnly(2027, 4, 1), application.EffectiveOn);

        Assert.False(agent.Promote(application, new DateOnly(2027, 3, 31), Now));
        Assert.Equal(PromotionLevel.Specialist, agent.Level);
        Assert.True(agent.Promote(application, new DateOnly(2027, 4, 1), Now));
        Assert.Equal(PromotionLevel.Supervisor, agent.Level);
        Assert.Equal(PromotionStatus.Effective, application.Status);
        Assert.False(agent.Promote(application, new DateOnly(2027, 4, 2), Now)); // a repeated job changes nothing
        Assert.Equal(PromotionLevel.Supervisor, agent.Level);
    }

    [Fact]
    [Trait("Rule", "PRM-04")]
    public void PRM_04_approved_in_february_it_takes_effect_after_the_quarter_on_1_april()
    {
        var application = InPublicity();
        _clock.Advance(TimeSpan.FromDays(9));
        Assert.False(PromotionCalendar.IsDecisionMonth(Today));
        application.Approve(null, "hr", Now, Today);
        Assert.Equal(new DateOnly(2027, 4, 1), application.EffectiveOn);
    }

    [Fact]
    [Trait("Rule", "PRM-04")]
    public void PRM_04_approved_in_december_it_takes_effect_on_1_january()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var application = InPublicity();
        _clock.Advance(TimeSpan.FromDays(10));
        application.Approve(null, "hr", Now, Today);
        Assert.Equal(new DateOnly(2028, 1, 1), application.EffectiveOn);
    }

    [Fact]
    [Trait("Rule", "PRM-05")]
    public void PRM_05_every_step_objection_and_decision_is_recorded_with_who_when_and_note()
    {
        var application = InPublicity();
        var objection = application.FileObjection(Guid.NewGuid(), "有疑问", "A002", Now);
        application.AnswerObjection(objection.Id, "已说明", "hr", Now);
        _clock.Advance(TimeSpan.FromDays(7));
        application.Approve("同意晋升", "hr", Now, Today);

        Assert.Equal(
            [PromotionStepKind.Applied, PromotionStepKind.FirstReview, PromotionStepKind.CommitteeDecision, PromotionStepKind.Objection, PromotionStepKind.ObjectionAnswered, PromotionStepKind.HrApproval],
            application.Steps.Select(s => s.Kind));
        Assert.Equal(["agent", "supervisor", "hr", "A002", "hr", "hr"], application.Steps.Select(s => s.By));
        Assert.Equal("季度考核均为优秀", application.Steps[2].Note);
        Assert.Equal("乐于带新人", application.TeamworkNotes);
        Assert.Equal(Now, application.Steps[^1].At);
        Assert.Throws<InvalidTransitionException>(() => application.Reject("迟到的驳回", "hr", Now));
    }
}
