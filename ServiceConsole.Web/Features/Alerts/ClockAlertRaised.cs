using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Alerts;

/// <summary>A deadline is near or has passed (<c>clockAlert</c>, an addition).</summary>
public sealed record ClockAlertRaised(ClockAlertResource Alert) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Alert.AgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For(AgentCodes, coordinators: true)).ClockAlert(Alert, cancellationToken);
}
