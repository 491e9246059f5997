using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>An agent's status changed (<c>agentChanged</c>, an addition).</summary>
public sealed record AgentChanged(AgentResource Agent) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Agent.Code);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For(AgentCodes)).AgentChanged(Agent, cancellationToken);
}
