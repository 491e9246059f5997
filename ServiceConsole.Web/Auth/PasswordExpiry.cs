using System.Globalization;
using System.Security.Claims;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Auth;

/// <summary>INF-06: a password expires <c>Policy:Information:PasswordExpiryDays</c> after it was set, on the console's clock.</summary>
public sealed class PasswordExpiry(PolicyOptions policy, TimeProvider time)
{
    public TimeSpan Lifetime => TimeSpan.FromDays(policy.Information.PasswordExpiryDays);

    /// <summary>Whether a password set at <paramref name="changedAt"/> (null: never recorded) must be changed now.</summary>
    public bool IsExpired(DateTimeOffset? changedAt) => changedAt is not { } at || at + Lifetime <= time.GetUtcNow();

    public bool IsExpired(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsExpired(user.PasswordChangedAt);
    }

    /// <summary>Whether a signed-in person (not the API key) must change their password before anything else.</summary>
    public bool MustChange(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not { IsAuthenticated: true } identity || identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
        {
            return false;
        }

        var claim = user.FindFirst(ConsoleClaims.PasswordChangedAt)?.Value;
        return !long.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || IsExpired(new DateTimeOffset(ticks, TimeSpan.Zero));
    }
}
