using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Auth;

public static class AuthSetup
{
    /// <summary>Sign-in cookie for people, the API key for integrations, Identity's lockout, and the named policies.</summary>
    public static IServiceCollection AddServiceConsoleAuth(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ConsoleAuthSchemes.Selector;
                options.DefaultChallengeScheme = ConsoleAuthSchemes.Selector;
            })
            .AddPolicyScheme(ConsoleAuthSchemes.Selector, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context => ApiKeyAuthenticationHandler.CarriesKey(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ConsoleAuthSchemes.ConfigureCookie);
        // The cookie's issue and expiry times, and the stamp check's interval, on the console's clock (a test's fake one).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((options, time) => options.TimeProvider = time);

        // INF-06: every cookie is checked against its account once per interval; a changed security stamp (sign-out,
        // new password) or a disabled account ends it. AddIdentityCore leaves the validator out; the cookie that
        // AddIdentityCookies sets up calls it from OnValidatePrincipal.
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<ServiceConsoleOptions>, TimeProvider>((options, console, time) =>
            {
                options.ValidationInterval = TimeSpan.FromSeconds(console.Value.Security.SessionRevalidationSeconds);
                options.TimeProvider = time;
            });
        services.AddScoped<ISecurityStampValidator, ConsoleSecurityStampValidator>();
        services.AddSingleton<PasswordExpiry>();
        services.AddIdentityCore<ConsoleUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ConsoleDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ConsoleClaimsPrincipalFactory>();
        services.AddAuthorizationBuilder().AddConsolePolicies();
        services.AddCascadingAuthenticationState();
        // An open screen checks its user as often as a cookie is checked, and signs out when the account says so.
        services.AddScoped<AuthenticationStateProvider, RevalidatingConsoleAuthenticationStateProvider>();
        services.AddSingleton<CircuitRegistry>();
        services.AddScoped<CircuitAdmission>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitCapHandler>();
        return services;
    }
}
