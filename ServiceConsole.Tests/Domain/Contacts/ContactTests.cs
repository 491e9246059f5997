using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Contacts;

public sealed class ContactTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly FirstResponsePolicy _policy = new(new PolicyOptions());

    private Contact Receive(Channel channel, string? agentCode = null) =>
        Contact.Receive(
            new ContactIntake(Guid.NewGuid(), "cti-000123", channel, "王女士", "13800138000", "YD4312345678901", "query", _clock.GetUtcNow(), agentCode),
            _policy);

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void SVC_01_a_chat_is_due_a_response_ten_seconds_after_arrival()
    {
        var contact = Receive(Channel.Online);

        Assert.Equal(ContactStatus.Waiting, contact.Status);
        Assert.Equal(DomainFixtures.Start.AddSeconds(10), contact.RespondBy);
        Assert.Null(contact.AgentCode);
    }

    [Fact]
    [Trait("Rule", "SVC-03")]
    public void SVC_03_a_counter_visit_has_no_response_deadline() =>
        Assert.Null(Receive(Channel.Offline).RespondBy);

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void SVC_01_a_chat_answered_at_ten_seconds_is_within_target()
    {
        var contact = Receive(Channel.Online);
        _clock.Advance(TimeSpan.FromSeconds(10));

        contact.Answer("A001", _clock.GetUtcNow(), _policy);

        Assert.Equal(ContactStatus.Answered, contact.Status);
        Assert.Equal(10.0, contact.FirstResponseSeconds);
        Assert.True(contact.WithinTarget);
        Assert.Equal("A001", contact.AgentCode);
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void SVC_01_a_chat_answered_at_eleven_seconds_is_late()
    {
        var contact = Receive(Channel.Online);
        _clock.Advance(TimeSpan.FromSeconds(11));

        contact.Answer("A001", _clock.GetUtcNow(), _policy);

        Assert.Equal(11.0, contact.FirstResponseSeconds);
        Assert.False(contact.WithinTarget);
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void SVC_01_a_hair_over_ten_seconds_is_late_though_it_displays_as_ten()
    {
        var contact = Receive(Channel.Online);
        _clock.Advance(TimeSpan.FromMilliseconds(10_001));

        contact.Answer("A001", _clock.GetUtcNow(), _policy);

        Assert.Equal(10.0, contact.FirstResponseSeconds);
        Assert.False(contact.WithinTarget);
    }

    [Theory]
    [Trait("Rule", "SVC-02")]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void SVC_02_a_call_must_be_picked_up_within_fifteen_seconds(int seconds, bool within)
    {
        var contact = Receive(Channel.Phone);
        _clock.Advance(TimeSpan.FromSeconds(seconds));

        contact.Answer("P001", _clock.GetUtcNow(), _policy);

        Assert.Equal(within, contact.WithinTarget);
        Assert.Equal(seconds, contact.FirstResponseSeconds);
    }

    [Fact]
    [Trait("Rule", "SVC-03")]
    public void SVC_03_a_counter_wait_is_measured_but_never_late()
    {
        var contact = Receive(Channel.Offline);
        _clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromMilliseconds(250));

        contact.Answer("C001", _clock.GetUtcNow(), _policy);

        Assert.Equal(1200.3, contact.FirstResponseSeconds);
        Assert.True(contact.WithinTarget);
    }

    [Fact]
    public void A_contact_routed_by_the_platform_is_assigned_on_arrival()
    {
        var contact = Receive(Channel.Phone, agentCode: "P007");

        Assert.Equal("P007", contact.AgentCode);
        Assert.Equal(DomainFixtures.Start, contact.AssignedAt);
    }

    [Fact]
    public void A_waiting_contact_can_be_assigned_reassigned_and_unassigned()
    {
        var contact = Receive(Channel.Online);
        _clock.Advance(TimeSpan.FromSeconds(2));

        contact.AssignTo("A001", _clock.GetUtcNow());
        Assert.Equal(("A001", _clock.GetUtcNow()), (contact.AgentCode, contact.AssignedAt));

        contact.Unassign();
        Assert.Null(contact.AgentCode);
        Assert.Null(contact.AssignedAt);
    }

    [Fact]
    public void Another_agent_answering_takes_the_assignment()
    {
        var contact = Receive(Channel.Online, agentCode: "A001");
        _clock.Advance(TimeSpan.FromSeconds(4));

        contact.Answer("A002", _clock.GetUtcNow(), _policy);

        Assert.Equal("A002", contact.AgentCode);
        Assert.Equal(_clock.GetUtcNow(), contact.AssignedAt);
    }

    [Fact]
    public void Answering_twice_is_an_invalid_transition()
    {
        var contact = Receive(Channel.Online);
        contact.Answer("A001", _clock.GetUtcNow(), _policy);

        var ex = Assert.Throws<InvalidTransitionException>(() => contact.Answer("A001", _clock.GetUtcNow(), _policy));

        Assert.Equal("answer", ex.Action);
        Assert.Equal("answered", ex.CurrentStatus);
    }

    [Fact]
    public void Assigning_or_unassigning_an_answered_contact_is_an_invalid_transition()
    {
        var contact = Receive(Channel.Online);
        contact.Answer("A001", _clock.GetUtcNow(), _policy);

        Assert.Equal("answered", Assert.Throws<InvalidTransitionException>(() => contact.AssignTo("A002", _clock.GetUtcNow())).CurrentStatus);
        Assert.Equal("answered", Assert.Throws<InvalidTransitionException>(contact.Unassign).CurrentStatus);
    }

    [Fact]
    public void A_contact_cannot_be_answered_before_it_arrived()
    {
        var contact = Receive(Channel.Online);

        var ex = Assert.Throws<ArgumentException>(() => contact.Answer("A001", DomainFixtures.Start.AddSeconds(-1), _policy));

        Assert.Equal("at", ex.ParamName);
        Assert.Equal(ContactStatus.Waiting, contact.Status);
    }

    [Fact]
    [Trait("Rule", "SVC-08")]
    [Trait("Rule", "SVC-09")]
    public void Closing_an_answered_contact_records_resolution_and_rating()
    {
        var contact = Receive(Channel.Online);
        contact.Answer("A001", _clock.GetUtcNow(), _policy);
        _clock.Advance(TimeSpan.FromMinutes(4));

        contact.Close(_clock.GetUtcNow(), resolved: true, satisfaction: 5);

        Assert.Equal(ContactStatus.Closed, contact.Status);
        Assert.Equal(_clock.GetUtcNow(), contact.ClosedAt);
        Assert.True(contact.Resolved);
        Assert.Equal(5, contact.Satisfaction);
    }

    [Fact]
    [Trait("Rule", "SVC-07")]
    public void An_abandoned_contact_closes_from_waiting_and_stays_out_of_response_compliance()
    {
        var contact = Receive(Channel.Phone);
        _clock.Advance(TimeSpan.FromSeconds(40));

        contact.Close(_clock.GetUtcNow(), resolved: false, satisfaction: null);

        Assert.Equal(ContactStatus.Closed, contact.Status);
        Assert.Null(contact.AnsweredAt);
        Assert.Null(new KpiCalculator(new PolicyOptions()).Compute([contact.ToOutcome()], []).ResponseCompliance);
    }

    [Fact]
    public void Closing_twice_is_an_invalid_transition()
    {
        var contact = Receive(Channel.Online);
        contact.Close(_clock.GetUtcNow(), true, null);

        var ex = Assert.Throws<InvalidTransitionException>(() => contact.Close(_clock.GetUtcNow(), true, null));

        Assert.Equal("close", ex.Action);
        Assert.Equal("closed", ex.CurrentStatus);
        Assert.Throws<InvalidTransitionException>(() => contact.Answer("A001", _clock.GetUtcNow(), _policy));
    }

    [Theory]
    [Trait("Rule", "SVC-09")]
    [InlineData(0)]
    [InlineData(6)]
    public void Satisfaction_outside_one_to_five_is_rejected(int satisfaction)
    {
        var contact = Receive(Channel.Online);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => contact.Close(_clock.GetUtcNow(), true, satisfaction));

        Assert.Equal("satisfaction", ex.ParamName);
        Assert.Equal(ContactStatus.Waiting, contact.Status);
    }

    [Fact]
    public void Drill_contacts_are_marked()
    {
        var contact = Contact.Receive(
            new ContactIntake(Guid.NewGuid(), "drill-1", Channel.Online, "演练", "13800138000", null, null, _clock.GetUtcNow(), null, IsDrill: true),
            _policy);

        Assert.True(contact.IsDrill);
    }

    [Fact]
    public void A_contact_needs_an_external_id()
    {
        var ex = Assert.Throws<ArgumentException>(() => Contact.Receive(
            new ContactIntake(Guid.NewGuid(), " ", Channel.Online, "王女士", "13800138000", null, null, _clock.GetUtcNow(), null),
            _policy));

        Assert.Equal("externalId", ex.ParamName);
    }
}
