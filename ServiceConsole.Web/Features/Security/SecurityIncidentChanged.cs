using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Security;

/// <summary>A security incident was raised or moved on (<c>securityIncident</c>): admins only.</summary>
public sealed record SecurityIncidentChanged(SecurityIncidentResource Incident) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Group(LiveGroups.Admins).SecurityIncident(Incident, cancellationToken);
}
