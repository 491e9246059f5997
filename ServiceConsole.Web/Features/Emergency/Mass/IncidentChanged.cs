using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>A mass-complaint incident changed (<c>incidentChanged</c>, an addition).</summary>
public sealed record IncidentChanged(MassIncidentResource Incident) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For([], coordinators: true)).IncidentChanged(Incident, cancellationToken);
}
