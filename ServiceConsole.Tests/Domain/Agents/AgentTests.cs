using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Tests.Domain.Agents;

public sealed class AgentTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static Agent NewAgent() => new("A001", "王芳", "T1", Channel.Online, Start);

    [Fact]
    public void A_new_agent_is_available_and_idle_from_the_start()
    {
        var agent = NewAgent();

        Assert.Equal(AgentStatus.Available, agent.Status);
        Assert.Equal(Start, agent.IdleSince);
        Assert.True(agent.IsOnDuty);
    }

    [Fact]
    public void Answering_puts_an_available_agent_on_contact_and_closing_the_last_contact_frees_them()
    {
        var agent = NewAgent();

        agent.BeginContact(Start.AddMinutes(1));
        agent.EndContact(Start.AddMinutes(2), stillServing: true);
        var whileServing = agent.Status;
        agent.EndContact(Start.AddMinutes(3), stillServing: false);

        Assert.Equal(AgentStatus.OnContact, whileServing);
        Assert.Equal(AgentStatus.Available, agent.Status);
        Assert.Equal(Start.AddMinutes(3), agent.IdleSince);
    }

    [Fact]
    public void An_agent_away_who_answers_stays_away()
    {
        var agent = NewAgent();
        agent.SetBySupervisor(AgentStatus.Away, serving: false, Start);

        agent.BeginContact(Start.AddMinutes(1));

        Assert.Equal(AgentStatus.Away, agent.Status);
        Assert.False(agent.IsOnDuty);
    }

    [Fact]
    public void A_supervisor_setting_a_serving_agent_available_keeps_them_on_contact()
    {
        var agent = NewAgent();
        agent.SetBySupervisor(AgentStatus.Away, serving: true, Start);

        agent.SetBySupervisor(AgentStatus.Available, serving: true, Start.AddMinutes(5));

        Assert.Equal(AgentStatus.OnContact, agent.Status);
        Assert.Equal(Start, agent.IdleSince);
    }

    [Theory]
    [InlineData(AgentStatus.OnContact)]
    [InlineData(AgentStatus.AfterContact)]
    public void Statuses_that_follow_the_work_cannot_be_set_by_hand(AgentStatus status)
    {
        var agent = NewAgent();

        Assert.Throws<ArgumentOutOfRangeException>(() => agent.SetBySupervisor(status, serving: false, Start));
    }
}
