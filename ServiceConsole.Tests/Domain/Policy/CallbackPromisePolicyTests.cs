using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Tests.Domain.Policy;

public sealed class CallbackPromisePolicyTests
{
    [Fact]
    [Trait("Rule", "SVC-05")]
    public void SVC_05_a_promised_callback_is_due_one_hour_later()
    {
        var clock = DomainFixtures.Clock();
        var policy = new CallbackPromisePolicy(new PolicyOptions());

        Assert.Equal(clock.GetUtcNow().AddHours(1), policy.DueAt(clock.GetUtcNow()));
    }

    [Fact]
    [Trait("Rule", "SVC-05")]
    public void Changing_the_promise_window_changes_the_due_time()
    {
        var options = new PolicyOptions();
        options.Service.PromiseCallbackHours = 2;

        Assert.Equal(DomainFixtures.Start.AddHours(2), new CallbackPromisePolicy(options).DueAt(DomainFixtures.Start));
    }
}
