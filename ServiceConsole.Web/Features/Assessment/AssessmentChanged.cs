using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// A month's results changed (a run, an attitude score, a talk): open assessment sheets and the agents' own pages
/// reload. In-process only: the hub contract carries no assessment message.
/// </summary>
public sealed record AssessmentChanged(string Month, IReadOnlyList<string> AgentsChanged) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => AgentsChanged;

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
