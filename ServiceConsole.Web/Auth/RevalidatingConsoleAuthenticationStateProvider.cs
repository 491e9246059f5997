using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Auth;

/// <summary>
/// An open screen (a Blazor circuit outlives its cookie check) asks every
/// <c>ServiceConsole:Security:SessionRevalidationSeconds</c> whether its user is still signed in: a security stamp changed by
/// a sign-out or a new password, or a disabled account, turns the circuit anonymous and its page sends the person to the
/// sign-in page (INF-06).
/// </summary>
public sealed class RevalidatingConsoleAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<ServiceConsoleOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.Security.SessionRevalidationSeconds);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        return IsStillValidAsync(scopes, authenticationState.User);
    }

    /// <summary>Whether the account behind <paramref name="user"/> still accepts this session: same security stamp, not disabled.</summary>
    public static async Task<bool> IsStillValidAsync(IServiceScopeFactory scopes, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        if (await users.GetUserAsync(user) is not { IsDisabled: false } account)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stampClaim = user.FindFirstValue(scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        return stampClaim == await users.GetSecurityStampAsync(account);
    }
}
