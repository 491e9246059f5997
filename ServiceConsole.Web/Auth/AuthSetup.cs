using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
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
        return services;
    }
}
