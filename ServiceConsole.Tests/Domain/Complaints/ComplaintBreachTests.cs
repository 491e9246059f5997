using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Complaints;

public sealed class ComplaintBreachTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly ComplaintDeadlines _deadlines = new(new PolicyOptions());

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void CMP_04_at_the_verify_deadline_nothing_is_breached_yet_one_tick_later_it_is()
    {
        var c = DomainFixtures.Register(_clock);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(c.RecordDueBreaches(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromTicks(1));
        var breach = Assert.Single(c.RecordDueBreaches(_clock.GetUtcNow()));
        Assert.Equal(("CMP-04", BreachClocks.Verify, DomainFixtures.Start.AddHours(1)), (breach.RuleId, breach.Clock, breach.DueAt));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Major_complaint_must_be_verified_within_six_hours()
    {
        var c = DomainFixtures.Register(_clock, Severity.Major);

        _clock.Advance(TimeSpan.FromHours(5));
        Assert.Empty(c.RecordDueBreaches(_clock.GetUtcNow()));

        c.Verify("CCTV shows the parcel fell off the belt.", FaultParty.Courier, "S001", _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Empty(c.RecordDueBreaches(_clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void CMP_04_verifying_late_records_the_breach_even_if_no_scheduler_ran()
    {
        var c = DomainFixtures.Register(_clock);
        _clock.Advance(TimeSpan.FromMinutes(75));

        c.Verify("Checked.", FaultParty.None, "A001", _clock.GetUtcNow());

        var breach = Assert.Single(c.Breaches);
        Assert.Equal((BreachClocks.Verify, _clock.GetUtcNow()), (breach.Clock, breach.RecordedAt));
    }

    [Theory]
    [Trait("Rule", "CMP-02")]
    [Trait("Rule", "CMP-03")]
    [InlineData(Severity.General, 24, "CMP-02")]
    [InlineData(Severity.Major, 48, "CMP-03")]
    public void An_unresolved_complaint_breaches_its_resolve_clock(Severity severity, int hours, string ruleId)
    {
        var c = DomainFixtures.Register(_clock, severity);
        c.Verify("Checked.", FaultParty.None, "A001", _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromHours(hours));
        Assert.Empty(c.RecordDueBreaches(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(1));
        var breach = Assert.Single(c.RecordDueBreaches(_clock.GetUtcNow()));
        Assert.Equal((ruleId, BreachClocks.Resolve, DomainFixtures.Start.AddHours(hours)), (breach.RuleId, breach.Clock, breach.DueAt));
    }

    [Fact]
    [Trait("Rule", "CMP-09")]
    public void CMP_09_a_missed_follow_up_callback_is_a_breach()
    {
        var c = Resolved();
        var due = c.CallbackDue!.Value;

        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var breach = Assert.Single(c.RecordDueBreaches(_clock.GetUtcNow()));

        Assert.Equal(("CMP-09", BreachClocks.Callback, due), (breach.RuleId, breach.Clock, breach.DueAt));
    }

    [Fact]
    [Trait("Rule", "CMP-10")]
    public void CMP_10_a_missed_recallback_is_a_breach()
    {
        var c = Resolved();
        c.RecordCallback(false, 1, null, _deadlines, "A001", _clock.GetUtcNow());
        var due = c.CallbackDue!.Value;

        _clock.Advance(TimeSpan.FromHours(12));
        Assert.Empty(c.RecordDueBreaches(_clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var breach = Assert.Single(c.RecordDueBreaches(_clock.GetUtcNow()));

        Assert.Equal(("CMP-10", BreachClocks.Recallback, due), (breach.RuleId, breach.Clock, breach.DueAt));
    }

    [Fact]
    [Trait("Rule", "CMP-04")]
    public void Recording_a_breach_is_idempotent_by_clock_and_due_time()
    {
        var c = DomainFixtures.Register(_clock);
        var due = c.VerifyBy;

        Assert.True(c.RecordBreach("CMP-04", BreachClocks.Verify, due, _clock.GetUtcNow()));
        Assert.False(c.RecordBreach("CMP-04", BreachClocks.Verify, due, _clock.GetUtcNow().AddSeconds(5)));
        Assert.True(c.RecordBreach("CMP-02", BreachClocks.Resolve, c.ResolveBy, _clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromDays(2));
        c.RecordDueBreaches(_clock.GetUtcNow());
        c.RecordDueBreaches(_clock.GetUtcNow());

        Assert.Equal(2, c.Breaches.Count);
    }

    [Fact]
    public void An_unknown_clock_is_refused()
    {
        var c = DomainFixtures.Register(_clock);

        var ex = Assert.Throws<ArgumentException>(() => c.RecordBreach("CMP-04", "lunch", c.VerifyBy, _clock.GetUtcNow()));

        Assert.Equal("clock", ex.ParamName);
    }

    [Fact]
    [Trait("Rule", "CMP-09")]
    public void A_closed_complaint_has_no_clock_left_to_breach()
    {
        var c = Resolved();
        c.RecordCallback(true, 5, null, _deadlines, "A001", _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromDays(30));

        Assert.Empty(c.RecordDueBreaches(_clock.GetUtcNow()));
        Assert.Empty(c.Breaches);
    }

    private Complaint Resolved()
    {
        var c = DomainFixtures.Register(_clock);
        _clock.Advance(TimeSpan.FromMinutes(30));
        c.Verify("Checked.", FaultParty.Courier, "A001", _clock.GetUtcNow());
        c.Propose(CompensationKind.Coupon, 10m, null, "A001", _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(1));
        c.Accept(_deadlines, "A001", _clock.GetUtcNow());
        return c;
    }
}
