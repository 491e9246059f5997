using System.Security.Claims;
using ServiceConsole.Web.Auth;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>Who works a complaint on its page: the roles the lifecycle endpoints admit. A coordinator reads it only.</summary>
public static class ComplaintPermissions
{
    /// <remarks>An agent acts only on complaints assigned to them; the services answer "not found" for any other.</remarks>
    public static bool MayAct(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Allows(Policies.WorkComplaints);
    }
}
