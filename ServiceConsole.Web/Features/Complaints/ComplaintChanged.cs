using Microsoft.AspNetCore.SignalR;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>A complaint was registered, changed hands or took a step of its lifecycle (<c>complaintChanged</c>).</summary>
/// <param name="PreviousAssignee">The owner it was taken from, who must see it leave their work.</param>
public sealed record ComplaintChanged(ComplaintResource Complaint, string? PreviousAssignee = null) : LiveChange
{
    public override IReadOnlyList<string> AgentCodes => Agents(Complaint.Assignee, PreviousAssignee);

    /// <summary>
    /// Coordinators run mass-complaint incidents and receive every complaint; INF-07: only its owner reads the
    /// complainant in clear, everybody else masked.
    /// </summary>
    public override async Task SendAsync(IHubClients<ILiveClient> clients, CancellationToken cancellationToken)
    {
        var masked = (ComplaintResource)Complaint.Masked();
        await clients.Groups(LiveGroups.Masked(AgentCodes, Complaint.Assignee, coordinators: true)).ComplaintChanged(masked, cancellationToken);
        await clients.Groups(LiveGroups.InClear(Complaint.Assignee)).ComplaintChanged(Complaint, cancellationToken);
    }
}
