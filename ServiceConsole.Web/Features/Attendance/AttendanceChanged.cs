using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// A punch, correction, leave request, roster, pay profile or overtime record changed: open attendance screens reload.
/// In-process only; the hub contract is unchanged.
/// </summary>
public sealed record AttendanceChanged(string? AgentCode) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(AgentCode);

    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) => Task.CompletedTask;
}
