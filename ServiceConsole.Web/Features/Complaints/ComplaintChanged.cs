using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>A complaint was registered or took a step of its lifecycle (<c>complaintChanged</c>).</summary>
public sealed record ComplaintChanged(ComplaintResource Complaint) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Complaint.Assignee);

    // Coordinators run mass-complaint incidents and receive every complaint.
    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For(AgentCodes, coordinators: true)).ComplaintChanged(Complaint, cancellationToken);
}
