using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Auth;

/// <summary>
/// Adds the agent code, display name and password date to the sign-in cookie, so screens, the hub and the password gate
/// need no lookup; the security stamp check rebuilds them every minute.
/// </summary>
public sealed class ConsoleClaimsPrincipalFactory(
    UserManager<ConsoleUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ConsoleUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConsoleUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ConsoleClaims.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.AgentCode))
        {
            identity.AddClaim(new Claim(ConsoleClaims.AgentCode, user.AgentCode));
        }

        if (user.PasswordChangedAt is { } changed)
        {
            identity.AddClaim(new Claim(ConsoleClaims.PasswordChangedAt, changed.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
