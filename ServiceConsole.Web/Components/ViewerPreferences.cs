using System.Security.Claims;

namespace ServiceConsole.Web.Components;

/// <summary>
/// What a viewer chose for their own screens, remembered in two cookies of their browser (set by
/// <c>/account/timezone</c> and <c>/account/theme</c>): a time zone other than the centre's, and the dark theme.
/// The zone belongs to the signed-in user who chose it (the cookie names them), so the next person at a shared
/// desk sees the centre's zone again; the theme belongs to the screen. <see cref="App"/> reads both from the request
/// and hands them to <see cref="Routes"/> as parameters, so the prerendered page and the circuit that takes it over
/// render with the same choices (a circuit has no request to read).
/// </summary>
public sealed record ViewerPreferences(string? TimeZone, string Theme)
{
    public const string TimeZoneCookie = "ServiceConsole.TimeZone";

    public const string ThemeCookie = "ServiceConsole.Theme";

    public const string Light = "light";

    public const string Dark = "dark";

    private const char Separator = '|';

    public static ViewerPreferences Default { get; } = new(null, Light);

    public bool IsDark => Theme == Dark;

    /// <summary>
    /// The choices a request carries for the user it is signed in as; a zone chosen by someone else, a zone the
    /// server does not know and anything unexpected read as no choice.
    /// </summary>
    public static ViewerPreferences FromRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(ZoneOf(context.Request.Cookies[TimeZoneCookie], context.User), ThemeOrLight(context.Request.Cookies[ThemeCookie]));
    }

    /// <summary>
    /// The cookie value that remembers a zone for one user: their id and the IANA id; null for a principal that is
    /// no signed-in person (an integration's key has no zone of its own).
    /// </summary>
    public static string? ZoneCookieValue(ClaimsPrincipal user, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return UserIdOf(user) is { } id ? $"{id}{Separator}{zone.Id}" : null;
    }

    /// <summary>"dark" stays dark; anything else is the default light theme.</summary>
    public static string ThemeOrLight(string? theme) => theme == Dark ? Dark : Light;

    private static string? ZoneOf(string? cookie, ClaimsPrincipal user)
    {
        var split = cookie?.LastIndexOf(Separator) ?? -1;
        if (split <= 0 || UserIdOf(user) is not { } id || !cookie![..split].Equals(id, StringComparison.Ordinal))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(cookie[(split + 1)..], out var zone) ? zone.Id : null;
    }

    private static string? UserIdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } id ? id : null;
}
