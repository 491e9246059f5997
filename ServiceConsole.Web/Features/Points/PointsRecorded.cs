using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// A ledger entry was recorded (SVC-10). The console's own screens follow it (the points page, the agent's points
/// card); it is not a message of the live hub's contract, so nothing is sent to hub connections.
/// </summary>
public sealed record PointsRecorded(PointsEntryResource Entry) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Entry.Subject == "agent" ? Agents(Entry.Code) : [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
