using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Account;

/// <summary>Sign-in, sign-out and the language switch: plain form posts, so they work before any circuit exists.</summary>
public static class AccountFeature
{
    public static IEndpointRouteBuilder MapAccountFeature(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/login", async (
            [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
            SignInManager<ConsoleUser> signIn) =>
        {
            var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (!result.Succeeded)
            {
                var reason = result.IsLockedOut ? "locked" : "invalid";
                return Results.LocalRedirect($"/account/login?error={reason}&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");
            }

            return Results.LocalRedirect(SafeReturn(returnUrl));
        });

        account.MapPost("/logout", async (SignInManager<ConsoleUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });

        account.MapGet("/culture", (string culture, string? returnUrl, HttpContext context, TimeProvider time) =>
        {
            var chosen = culture is "en" ? "en" : "zh-CN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        });

        return app;
    }

    /// <summary>Only a path on this site; anything else (//host, /\host, absolute URLs) goes home.</summary>
    internal static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
