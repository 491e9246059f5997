using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// SVC-12: a month's excellent agent was confirmed. Every agent's screen shows it (the banner on the workspace follows
/// this change); like <see cref="PointsRecorded"/> it stays with the console's own screens and is not sent on the hub.
/// </summary>
public sealed record ExcellentAgentConfirmed(RecognitionAwardResource Award) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => [];

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
