using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>A contact arrived, was routed, moved, answered or closed (<c>contactChanged</c>).</summary>
/// <param name="PreviousAgentCode">The agent it was taken from, who must see it leave their queue.</param>
public sealed record ContactChanged(ContactResource Contact, string? PreviousAgentCode = null) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Contact.AgentCode, PreviousAgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For(AgentCodes)).ContactChanged(Contact, cancellationToken);
}
