using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>A mode was switched or changed phase (<c>emergencyChanged</c>); EMG-07: every screen sees it.</summary>
public sealed record EmergencyChanged(EmergencyModeResource Mode) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.All.EmergencyChanged(Mode, cancellationToken);
}
