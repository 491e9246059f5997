using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Auth;

/// <summary>
/// Identity's periodic cookie check (every <c>ServiceConsole:Security:SessionRevalidationSeconds</c>): a cookie whose
/// security stamp no longer matches the account (signed out, password changed) is refused, and so is the cookie of a
/// disabled account, so every session of that user ends within the interval (INF-06).
/// </summary>
public sealed class ConsoleSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ConsoleUser> signInManager,
    ILoggerFactory logger)
    : SecurityStampValidator<ConsoleUser>(options, signInManager, logger)
{
    protected override async Task<ConsoleUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
