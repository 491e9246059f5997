namespace ServiceConsole.Web.Common;

/// <summary>
/// The response headers every page and API answer carries (issue 11, browser hardening): no content-type sniffing, no
/// referrer leaving the console, and the browser features the console never uses switched off. Blazor adds its own
/// <c>frame-ancestors</c>; the script policy comes with the CSP work.
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "same-origin";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            return next(context);
        });
}
