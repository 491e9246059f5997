using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Callbacks;

public sealed class CallbackTaskTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();

    private CallbackTask Promise(PolicyOptions? options = null) =>
        CallbackTask.Promise(Guid.NewGuid(), Guid.NewGuid(), "A001", _clock.GetUtcNow(), new CallbackPromisePolicy(options ?? new PolicyOptions()));

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_a_promise_creates_a_callback_for_the_agent_due_in_one_hour()
    {
        var task = Promise();

        Assert.Equal((CallbackKind.Promise, "A001"), (task.Kind, task.AgentCode));
        Assert.Equal(_clock.GetUtcNow(), task.CreatedAt);
        Assert.Equal(_clock.GetUtcNow().AddHours(1), task.DueAt);
        Assert.False(task.IsDone);
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_a_callback_made_within_the_hour_is_not_a_breach()
    {
        var task = Promise();
        _clock.Advance(TimeSpan.FromHours(1));

        task.Complete(_clock.GetUtcNow(), "Told the customer the parcel is at the hub.");

        Assert.Equal(_clock.GetUtcNow(), task.DoneAt);
        Assert.False(task.Breached);
        Assert.False(task.IsOverdue(_clock.GetUtcNow().AddDays(1)));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_missing_the_promised_hour_is_a_breach()
    {
        var task = Promise();
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.False(task.IsOverdue(_clock.GetUtcNow()));
        Assert.False(task.MarkBreached(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(task.IsOverdue(_clock.GetUtcNow()));
        Assert.True(task.MarkBreached(_clock.GetUtcNow()));
        Assert.False(task.MarkBreached(_clock.GetUtcNow().AddMinutes(5)));
        Assert.True(task.Breached);
        Assert.Equal(_clock.GetUtcNow(), task.BreachedAt);
        Assert.Equal("SVC-05", task.RuleId);
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_a_callback_made_in_time_is_not_breached_by_a_late_scheduler_fire()
    {
        var task = Promise();
        task.Complete(_clock.GetUtcNow().AddMinutes(59), null);

        Assert.False(task.MarkBreached(_clock.GetUtcNow().AddHours(2)));
        Assert.False(task.Breached);
        Assert.Null(task.BreachedAt);
    }

    [Theory]
    [Trait("Rule", "CMP-09")]
    [Trait("Rule", "CMP-10")]
    [InlineData(CallbackKind.Complaint, "CMP-09", "callback")]
    [InlineData(CallbackKind.Recallback, "CMP-10", "recallback")]
    public void A_complaint_callback_carries_its_rule_and_clock(CallbackKind kind, string rule, string clock)
    {
        var task = CallbackTask.Create(Guid.NewGuid(), kind, Guid.NewGuid(), null, "A001", _clock.GetUtcNow(), _clock.GetUtcNow().AddHours(24));

        Assert.Equal((rule, clock), (task.RuleId, task.Clock));
        Assert.Throws<ArgumentException>(() =>
            CallbackTask.Create(Guid.NewGuid(), kind, null, null, "A001", _clock.GetUtcNow(), _clock.GetUtcNow().AddHours(24)));
    }

    [Fact]
    [Trait("Rule", "EMG-02")]
    public void A_recovery_callback_must_name_its_emergency_rule()
    {
        Assert.Throws<ArgumentException>(() =>
            CallbackTask.Create(Guid.NewGuid(), CallbackKind.Recovery, null, null, "A001", _clock.GetUtcNow(), _clock.GetUtcNow().AddHours(1)));
        var task = CallbackTask.Create(
            Guid.NewGuid(), CallbackKind.Recovery, null, null, "A001", _clock.GetUtcNow(), _clock.GetUtcNow().AddHours(1), ruleId: "EMG-02");
        Assert.Equal(("EMG-02", "recovery"), (task.RuleId, task.Clock));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_a_late_callback_is_recorded_as_a_breach()
    {
        var task = Promise();
        _clock.Advance(TimeSpan.FromMinutes(61));

        task.Complete(_clock.GetUtcNow(), null);

        Assert.True(task.Breached);
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void Changing_the_promise_window_changes_the_task_due_time()
    {
        var options = new PolicyOptions();
        options.Service.PromiseCallbackHours = 3;

        Assert.Equal(_clock.GetUtcNow().AddHours(3), Promise(options).DueAt);
    }

    [Fact]
    public void Completing_twice_is_an_invalid_transition()
    {
        var task = Promise();
        task.Complete(_clock.GetUtcNow(), "first");

        var ex = Assert.Throws<InvalidTransitionException>(() => task.Complete(_clock.GetUtcNow(), "second"));

        Assert.Equal(("complete", "done"), (ex.Action, ex.CurrentStatus));
        Assert.Equal("first", task.Note);
    }

    [Fact]
    [Trait("Rule", "CMP-09")]
    public void A_complaint_follow_up_task_points_at_its_complaint()
    {
        var complaintId = Guid.NewGuid();
        var due = _clock.GetUtcNow().AddHours(24);

        var task = CallbackTask.Create(Guid.NewGuid(), CallbackKind.Complaint, complaintId, null, "A001", _clock.GetUtcNow(), due, isDrill: true);

        Assert.Equal((complaintId, (Guid?)null, due, true), (task.ComplaintId, task.ContactId, task.DueAt, task.IsDrill));
    }
}
