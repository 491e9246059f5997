using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// Something in an agent's training changed (an enrolment, a day done, an exam, a session, a required training):
/// open training screens reload. In-process only: the hub carries the agent's status through <c>agentChanged</c>.
/// </summary>
public sealed record TrainingChanged(string? AgentCode) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(AgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
