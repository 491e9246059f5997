using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Live;

/// <summary>
/// The live hub for wallboards, agent desktops and integrations. Supervisors, admins and integrations
/// receive every change; coordinators and complaint specialists receive complaints and mode changes;
/// every screen receives mode changes (EMG-07); an agent receives only its own contacts and tasks.
/// </summary>
[Authorize]
public sealed class LiveHub(IOptions<ServiceConsoleOptions> options) : Hub<ILiveClient>
{
    public override async Task OnConnectedAsync()
    {
        var user = Context.User ?? new ClaimsPrincipal();
        if (user.IsInRole(Roles.Integration) && options.Value.Ingest.FullAccess)
        {
            // INF-07: a trusted system receives every change with its customer in clear (and not a masked copy too).
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Trusted);
        }
        else if (user.Allows(Policies.ReceiveAllChanges))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Supervisors);
        }

        // Specialists work complaints, not contacts: they get what coordinators get (complaints and modes).
        if (user.Allows(Policies.ReceiveComplaintChanges))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Coordinators);
        }

        if (user.FindFirstValue(ConsoleClaims.AgentCode) is { Length: > 0 } agentCode)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Agent(agentCode));
        }
        else if (user.IsInRole(Roles.ComplaintSpecialist) && user.Identity?.Name is { Length: > 0 } login)
        {
            // A specialist owns complaints under their login and receives their own in clear.
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Agent(login));
        }

        await base.OnConnectedAsync();
    }
}
