using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>A contact arrived, was routed, moved, answered or closed (<c>contactChanged</c>).</summary>
/// <param name="PreviousAgentCode">The agent it was taken from, who must see it leave their queue.</param>
public sealed record ContactChanged(ContactResource Contact, string? PreviousAgentCode = null) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Contact.AgentCode, PreviousAgentCode);

    /// <summary>INF-07: the agent serving the contact reads the customer in clear, everybody else masked.</summary>
    public override async Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken)
    {
        await clients.Groups(LiveGroups.Masked(AgentCodes, Contact.AgentCode)).ContactChanged((ContactResource)Contact.Masked(), cancellationToken);
        await clients.Groups(LiveGroups.InClear(Contact.AgentCode)).ContactChanged(Contact, cancellationToken);
    }
}
