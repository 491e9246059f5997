using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;

namespace ServiceConsole.Web.Live;

/// <summary>
/// The live channels (the hub <c>/hubs/live</c> and the Blazor circuit <c>/_blazor</c>) answer only pages of the console
/// itself: a request whose <c>Origin</c> is another site is refused with 403 before it can connect, so a foreign page
/// cannot ride a signed-in user's cookie to stream customer data (issue 11). Wallboards served from elsewhere are listed
/// in <c>ServiceConsole:AllowedOrigins</c>. A request without an <c>Origin</c> (not from a browser page) is left to the
/// usual authentication.
/// </summary>
public static class OriginGuard
{
    private static readonly PathString[] LiveChannels = ["/hubs", "/_blazor"];

    public static IApplicationBuilder UseLiveOriginGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (LiveChannels.Any(p => context.Request.Path.StartsWithSegments(p))
                && context.Request.Headers.Origin is { Count: > 0 } origins
                && !IsAllowed(origins.ToString(), context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });

    /// <summary>Whether a page at <paramref name="origin"/> may open the console's live channels.</summary>
    public static bool IsAllowed(string origin, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var own = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        if (string.Equals($"{uri.Scheme}://{uri.Authority}", own, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var allowed = context.RequestServices.GetRequiredService<IOptions<ServiceConsoleOptions>>().Value.AllowedOrigins ?? [];
        return allowed.Any(a => string.Equals(a.TrimEnd('/'), $"{uri.Scheme}://{uri.Authority}", StringComparison.OrdinalIgnoreCase));
    }
}
