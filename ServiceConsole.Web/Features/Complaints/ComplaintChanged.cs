using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>A complaint was registered, changed hands or took a step of its lifecycle (<c>complaintChanged</c>).</summary>
/// <param name="PreviousAssignee">The owner it was taken from, who must see it leave their work.</param>
public sealed record ComplaintChanged(ComplaintResource Complaint, string? PreviousAssignee = null) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Complaint.Assignee, PreviousAssignee);

    // Coordinators run mass-complaint incidents and receive every complaint.
    public override Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken) =>
        clients.Groups(LiveGroups.For(AgentCodes, coordinators: true)).ComplaintChanged(Complaint, cancellationToken);
}
