using System.Security.Claims;
using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Common;

/// <summary>Who asks for a change: a signed-in person, an integration, or the console itself.</summary>
public sealed record Actor(string Name, string? AgentCode, bool ActsOnlyAsAgent)
{
    public static Actor System { get; } = new("system", null, false);

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        var agentCode = user.FindFirstValue(ConsoleClaims.AgentCode);
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(user.Identity?.Name ?? "unknown", agentCode, user.IsInRole(Roles.Agent) && !user.Allows(Policies.SeeAllWork));
    }
}
