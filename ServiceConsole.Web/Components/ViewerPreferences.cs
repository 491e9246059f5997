namespace ServiceConsole.Web.Components;

/// <summary>
/// What a viewer chose for their own screens, remembered in two cookies of their browser (set by
/// <c>/account/timezone</c> and <c>/account/theme</c>): a time zone other than the centre's, and the dark theme.
/// <see cref="App"/> reads them from the request and hands them to <see cref="Routes"/> as parameters, so the
/// prerendered page and the circuit that takes it over render with the same choices (a circuit has no request to read).
/// </summary>
public sealed record ViewerPreferences(string? TimeZone, string Theme)
{
    public const string TimeZoneCookie = "ServiceConsole.TimeZone";

    public const string ThemeCookie = "ServiceConsole.Theme";

    public const string Light = "light";

    public const string Dark = "dark";

    public static ViewerPreferences Default { get; } = new(null, Light);

    public bool IsDark => Theme == Dark;

    /// <summary>The choices a request carries; anything unexpected reads as no choice.</summary>
    public static ViewerPreferences FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = request.Cookies[TimeZoneCookie];
        return new(
            TimeZoneInfo.TryFindSystemTimeZoneById(zone ?? "", out var found) ? found.Id : null,
            ThemeOrLight(request.Cookies[ThemeCookie]));
    }

    /// <summary>"dark" stays dark; anything else is the default light theme.</summary>
    public static string ThemeOrLight(string? theme) => theme == Dark ? Dark : Light;
}
