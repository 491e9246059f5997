using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Tests.Domain.Agents;

public sealed class AgentDutyHoldTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static Agent NewAgent() => new("A101", "陈晨", "T1", Channel.Online, Start);

    [Fact]
    public void TRN_01_an_agent_in_onboarding_is_in_training_and_cannot_be_set_on_duty()
    {
        var agent = NewAgent();
        agent.PlaceHold(DutyHold.Onboarding, "TRN-01", until: null, Start);

        var refused = Assert.Throws<InvalidTransitionException>(() => agent.SetBySupervisor(AgentStatus.Available, serving: false, Start.AddDays(1)));

        Assert.Equal(AgentStatus.InTraining, agent.Status);
        Assert.False(agent.IsOnDuty);
        Assert.False(agent.CanTakeWork);
        Assert.Contains("TRN-01", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_held_agent_may_still_be_set_away_or_suspended_but_stays_held()
    {
        var agent = NewAgent();
        agent.PlaceHold(DutyHold.Onboarding, "TRN-01", until: null, Start);

        agent.SetBySupervisor(AgentStatus.Away, serving: false, Start.AddHours(1));

        Assert.Equal(AgentStatus.Away, agent.Status);
        Assert.Equal(DutyHold.Onboarding, agent.Hold);
        Assert.False(agent.IsOnDuty);
    }

    [Fact]
    public void TRN_06_a_suspension_runs_to_its_end_and_its_release_leaves_the_agent_away_for_the_supervisor()
    {
        var agent = NewAgent();
        agent.PlaceHold(DutyHold.Suspension, "TRN-06", Start.AddDays(7), Start);
        var suspended = agent.Status;

        var released = agent.ReleaseHold(DutyHold.Suspension, Start.AddDays(7));
        agent.SetBySupervisor(AgentStatus.Available, serving: false, Start.AddDays(7).AddMinutes(5));

        Assert.Equal(AgentStatus.Suspended, suspended);
        Assert.True(released);
        Assert.Equal(DutyHold.None, agent.Hold);
        Assert.Null(agent.HoldUntil);
        Assert.True(agent.IsOnDuty);
    }

    [Fact]
    public void Releasing_a_hold_the_agent_does_not_carry_changes_nothing()
    {
        var agent = NewAgent();
        agent.PlaceHold(DutyHold.Suspension, "TRN-06", Start.AddDays(7), Start);

        var released = agent.ReleaseHold(DutyHold.Onboarding, Start.AddDays(1));

        Assert.False(released);
        Assert.Equal(DutyHold.Suspension, agent.Hold);
        Assert.Equal(AgentStatus.Suspended, agent.Status);
    }

    [Fact]
    public void A_hold_that_ends_before_it_starts_or_a_hold_of_none_is_refused()
    {
        var agent = NewAgent();

        Assert.Throws<ArgumentOutOfRangeException>(() => agent.PlaceHold(DutyHold.Suspension, "TRN-06", Start, Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => agent.PlaceHold(DutyHold.None, "TRN-06", null, Start));
        Assert.Equal(DutyHold.None, agent.Hold);
    }
}
