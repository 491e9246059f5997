using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Account;

/// <summary>
/// Sign-in, sign-out and the viewer's switches (language, time zone, theme): plain requests, so they work before any
/// circuit exists, and each switch reloads the page so that the prerender already renders with the new choice.
/// </summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccountFeature(this IServiceCollection services) =>
        services.AddSingleton<UnknownUserLockout>().AddScoped<AccountAudit>();

    public static IEndpointRouteBuilder MapAccountFeature(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/login", async (
            [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl, HttpContext context,
            SignInManager<ConsoleUser> signIn, UnknownUserLockout unknown, SignInThrottle throttle, AccountAudit audit) =>
        {
            var name = userName.Trim();
            using var lease = throttle.Attempt(name);
            if (!lease.IsAcquired)
            {
                await RateLimits.RejectAsync(context, lease);
                return Results.Empty;
            }

            var known = await signIn.UserManager.FindByNameAsync(name) is not null;
            var result = known || !unknown.IsLocked(name)
                ? await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: true)
                : Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
            if (!result.Succeeded)
            {
                // An unknown name locks after as many tries as a real one: the message never tells which accounts exist.
                var locked = result.IsLockedOut || (!known && unknown.Fail(name));
                await audit.FailedAsync(name, locked, context);
                var reason = locked ? "locked" : "invalid";
                return Results.LocalRedirect($"/account/login?error={reason}&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");
            }

            await audit.SignedInAsync(name, context);
            return Results.LocalRedirect(SafeReturn(returnUrl));
        }).RequireRateLimiting(RateLimits.SignIn);

        // INF-06: a new security stamp ends this user's other sessions too (each cookie is checked every minute).
        account.MapPost("/logout", async (HttpContext context, SignInManager<ConsoleUser> signIn, AccountAudit audit) =>
        {
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                await audit.SignedOutAsync(user.UserName!, context);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });

        // The request token for a signed-in person's own API calls: every cookie-authenticated write must carry it
        // (header RequestVerificationToken), so another site's page cannot make one (CookieAntiforgery).
        account.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Ok(new { headerName = tokens.HeaderName, token = tokens.RequestToken });
        }).RequireAuthorization();

        account.MapGet("/culture", (string culture, string? returnUrl, HttpContext context, TimeProvider time) =>
        {
            var chosen = culture is "en" ? "en" : "zh-CN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });

        // The signed-in user's own zone (ViewerTime shows every time in it); the centre's zone, or one the server does
        // not know, clears the choice, so the user follows the centre again. Only a signed-in user has a zone of their
        // own: the cookie names them, so whoever signs in next at the same desk sees the centre's zone.
        account.MapGet("/timezone", (string? zone, string? returnUrl, HttpContext context, CentreTimeZone centre, TimeProvider time) =>
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(zone ?? "", out var chosen) && chosen.Id != centre.Zone.Id
                && ViewerPreferences.ZoneCookieValue(context.User, chosen) is { } remembered)
            {
                context.Response.Cookies.Append(ViewerPreferences.TimeZoneCookie, remembered, Remembered(time));
            }
            else
            {
                context.Response.Cookies.Delete(ViewerPreferences.TimeZoneCookie);
            }

            return Results.LocalRedirect(SafeReturn(returnUrl));
        }).RequireAuthorization();

        account.MapGet("/theme", (string? theme, string? returnUrl, HttpContext context, TimeProvider time) =>
        {
            context.Response.Cookies.Append(ViewerPreferences.ThemeCookie, ViewerPreferences.ThemeOrLight(theme), Remembered(time));
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });

        return app;
    }

    /// <summary>A year, for the viewer's own choices; only the server reads them.</summary>
    private static CookieOptions Remembered(TimeProvider time) =>
        new() { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax };

    /// <summary>Only a path on this site; anything else (//host, /\host, absolute URLs) goes home.</summary>
    internal static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
