using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>A callback task was created, completed or breached for its agent (<c>taskAssigned</c>).</summary>
public sealed record TaskAssigned(CallbackResource Task) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Task.AgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For(AgentCodes)).TaskAssigned(Task, cancellationToken);
}
