using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency;

/// <summary>An emergency announcement or step (<c>emergencyNotice</c>, an addition); every screen sees it.</summary>
public sealed record EmergencyNoticePublished(EmergencyNoticeResource Notice) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.All.EmergencyNotice(Notice, cancellationToken);
}
