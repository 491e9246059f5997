using System.Security.Claims;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Components;

/// <summary>
/// Who is looking at a screen, cascaded to every component of the circuit: the actor the services act for, and
/// what the viewer's policies allow. Components read it instead of each awaiting the authentication state.
/// </summary>
public sealed record Viewer(ClaimsPrincipal User)
{
    public static Viewer Anonymous { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()));

    public Actor Actor { get; } = Actor.FromPrincipal(User);

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>Whether the viewer's roles satisfy the named policy (<see cref="Policies"/>).</summary>
    public bool May(string policy) => User.Allows(policy);
}
