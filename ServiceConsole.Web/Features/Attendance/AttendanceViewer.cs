using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// Whose attendance a caller may see and correct: HR, admins and the API key every agent's; a supervisor the agents of
/// the teams they directly supervise (<c>Team.SupervisorUserName</c>) for corrections and leave decisions, every agent
/// for reading; an agent only their own. Anything outside the scope answers exactly as if it did not exist (404).
/// </summary>
public sealed record AttendanceViewer(Actor Actor, bool AllTeams, bool IsSupervisor, bool IsHr)
{
    public static AttendanceViewer From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = Actor.FromPrincipal(user);
        var all = user.IsInRole(Roles.HR) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Integration);
        return new AttendanceViewer(actor, all, user.IsInRole(Roles.Supervisor), user.IsInRole(Roles.HR) || user.IsInRole(Roles.Integration));
    }

    /// <summary>An agent acting only as themselves.</summary>
    public bool OnlySelf => Actor.ActsOnlyAsAgent || (!AllTeams && !IsSupervisor);
}
