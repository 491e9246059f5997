using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Personnel;

/// <summary>
/// An agent's employment record or a reward or penalty changed: the personnel page and the HR desk reload. In-process
/// only: the hub contract carries no personnel message.
/// </summary>
public sealed record PersonnelChanged(string AgentCode) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(AgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
