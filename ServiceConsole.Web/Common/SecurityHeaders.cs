namespace ServiceConsole.Web.Common;

/// <summary>
/// The response headers every page and API answer carries (issue 11, browser hardening): no content-type sniffing, no
/// referrer leaving the console, the browser features the console never uses switched off, and one
/// Content-Security-Policy that Blazor Server and MudBlazor work under. Blazor's own <c>frame-ancestors</c> header is
/// switched off where the components are mapped, so this is the only policy a response carries.
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "same-origin";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>
    /// Scripts only from the console's own files (blazor.web.js needs no eval on the server render mode; there is no inline
    /// script, not even an import map); inline styles because MudBlazor writes style attributes; the circuit and the hub
    /// over the page's own host; no framing, no plugins, forms and the base address only to the console itself.
    /// </summary>
    public static string ContentSecurityPolicy(HostString host) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + $"connect-src 'self' ws://{host} wss://{host}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request.Host);
            return next(context);
        });
}
