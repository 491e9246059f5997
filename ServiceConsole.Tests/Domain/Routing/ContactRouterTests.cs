using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Routing;

namespace ServiceConsole.Tests.Domain.Routing;

public sealed class ContactRouterTests
{
    private static readonly DateTimeOffset _t0 = DomainFixtures.Start;
    private readonly ContactRouter _router = new(new PolicyOptions());

    private static AgentLoad Agent(
        string code, Channel channel = Channel.Online, AgentStatus status = AgentStatus.Available, int open = 0, int idleMinutes = 0) =>
        new(code, channel, status, open, _t0.AddMinutes(-idleMinutes));

    [Fact]
    [Trait("Rule", "SVC-01")]
    public void The_least_loaded_agent_of_the_channel_gets_the_contact()
    {
        AgentLoad[] agents = [Agent("A001", open: 2), Agent("A002", open: 1), Agent("P001", Channel.Phone)];

        Assert.Equal("A002", _router.ChooseAgent(Channel.Online, agents));
    }

    [Fact]
    public void On_equal_load_the_agent_idle_longest_gets_it_then_the_lowest_code()
    {
        Assert.Equal("A003", _router.ChooseAgent(Channel.Online, [Agent("A001", idleMinutes: 1), Agent("A003", idleMinutes: 9)]));
        Assert.Equal("A001", _router.ChooseAgent(Channel.Online, [Agent("A002", idleMinutes: 5), Agent("A001", idleMinutes: 5)]));
    }

    [Fact]
    public void A_chat_agent_takes_up_to_three_chats()
    {
        Assert.Equal("A001", _router.ChooseAgent(Channel.Online, [Agent("A001", status: AgentStatus.OnContact, open: 2)]));
        Assert.Null(_router.ChooseAgent(Channel.Online, [Agent("A001", status: AgentStatus.OnContact, open: 3)]));
    }

    [Theory]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Offline)]
    public void A_phone_or_counter_agent_takes_one_at_a_time(Channel channel)
    {
        Assert.Equal("P001", _router.ChooseAgent(channel, [Agent("P001", channel)]));
        Assert.Null(_router.ChooseAgent(channel, [Agent("P001", channel, AgentStatus.OnContact, open: 1)]));
    }

    [Theory]
    [InlineData(AgentStatus.AfterContact)]
    [InlineData(AgentStatus.Away)]
    [InlineData(AgentStatus.InTraining)]
    [InlineData(AgentStatus.Suspended)]
    public void Agents_not_on_duty_get_nothing(AgentStatus status) =>
        Assert.Null(_router.ChooseAgent(Channel.Online, [Agent("A001", status: status)]));

    [Fact]
    public void Nobody_of_another_channel_is_chosen() =>
        Assert.Null(_router.ChooseAgent(Channel.Phone, [Agent("A001", Channel.Online)]));

    [Fact]
    public void Changing_the_chat_capacity_changes_who_can_take_more()
    {
        var options = new PolicyOptions();
        options.Routing.MaxConcurrentChats = 5;

        Assert.Equal("A001", new ContactRouter(options).ChooseAgent(Channel.Online, [Agent("A001", status: AgentStatus.OnContact, open: 4)]));
    }
}
