using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Web.Features.Emergency;

public static class CoordinatorServiceCollectionExtensions
{
    /// <summary>The coordinator screen's and the global emergency banner's services (modes, switch, change log).</summary>
    public static IServiceCollection AddServiceConsoleCoordinator(this IServiceCollection services)
    {
        // Singletons over IDbContextFactory, like EmergencyService itself.
        services.AddSingleton<EmergencyLogService>();
        services.AddSingleton<ICoordinatorService, CoordinatorService>();
        return services;
    }
}
