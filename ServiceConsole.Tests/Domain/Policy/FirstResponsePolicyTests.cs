using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class FirstResponsePolicyTests
{
    private readonly FirstResponsePolicy _policy = new(new PolicyOptions());

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void SVC_01_chat_must_be_answered_within_ten_seconds()
    {
        var clock = DomainFixtures.Clock();
        var arrived = clock.GetUtcNow();

        Assert.Equal(TimeSpan.FromSeconds(10), _policy.TargetFor(Channel.Online));
        Assert.Equal(arrived.AddSeconds(10), _policy.RespondBy(Channel.Online, arrived));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(_policy.IsWithinTarget(Channel.Online, arrived, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(_policy.IsWithinTarget(Channel.Online, arrived, clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void SVC_01_one_millisecond_past_ten_seconds_is_late()
    {
        var arrived = DomainFixtures.Start;
        Assert.False(_policy.IsWithinTarget(Channel.Online, arrived, arrived.AddMilliseconds(10_001)));
    }

    [Fact]
    [Trait("Rule", "SVC-02")]
    public void SVC_02_phone_must_be_picked_up_within_three_rings_of_five_seconds()
    {
        var clock = DomainFixtures.Clock();
        var arrived = clock.GetUtcNow();

        Assert.Equal(TimeSpan.FromSeconds(15), _policy.TargetFor(Channel.Phone));
        Assert.Equal(arrived.AddSeconds(15), _policy.RespondBy(Channel.Phone, arrived));

        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.True(_policy.IsWithinTarget(Channel.Phone, arrived, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(_policy.IsWithinTarget(Channel.Phone, arrived, clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "SVC-03")]
    public void SVC_03_counter_contacts_have_no_first_response_limit()
    {
        var arrived = DomainFixtures.Start;

        Assert.Null(_policy.TargetFor(Channel.Offline));
        Assert.Null(_policy.RespondBy(Channel.Offline, arrived));
        Assert.True(_policy.IsWithinTarget(Channel.Offline, arrived, arrived.AddHours(2)));
    }

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void Changing_the_chat_limit_changes_the_verdict()
    {
        var options = new PolicyOptions();
        options.Service.ChatFirstResponseSeconds = 20;
        var policy = new FirstResponsePolicy(options);
        var arrived = DomainFixtures.Start;

        Assert.Equal(TimeSpan.FromSeconds(20), policy.TargetFor(Channel.Online));
        Assert.True(policy.IsWithinTarget(Channel.Online, arrived, arrived.AddSeconds(15)));
    }

    [Fact]
    [Trait("Rule", "SVC-02")]
    public void Changing_rings_or_ring_cycle_changes_the_phone_limit()
    {
        var options = new PolicyOptions();
        options.Service.PhoneRings = 4;
        options.Service.RingCycleSeconds = 6;

        Assert.Equal(TimeSpan.FromSeconds(24), new FirstResponsePolicy(options).TargetFor(Channel.Phone));
    }
}
