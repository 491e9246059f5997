namespace ServiceConsole.Web.Features.Home;

/// <summary>The landing page: each role's own screen, and live centre numbers for the roles without one yet.</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services)
    {
        services.AddSingleton<DashboardService>();
        return services;
    }
}
