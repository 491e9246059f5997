using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Emergency.Outage;
using ServiceConsole.Web.Features.Emergency.Recovery;
using ServiceConsole.Web.Features.Emergency.Weather;

namespace ServiceConsole.Web.Features.Emergency;

public static class EmergencyFlowsServiceCollectionExtensions
{
    /// <summary>The weather (EMG-01) and outage (EMG-02) flows: their mode handlers, clocks, services and the workspace's script source.</summary>
    public static IServiceCollection AddServiceConsoleEmergencyFlows(this IServiceCollection services)
    {
        services.AddOptions<WeatherFlowOptions>().BindConfiguration(WeatherFlowOptions.SectionName);
        services.AddSingleton<WeatherRecoveryPolicy>();

        // Singletons over IDbContextFactory, like the API's services; the handlers are found by EmergencyService per change.
        services.AddSingleton<EmergencyNotices>();
        services.AddSingleton<RecoveryCallbacks>();
        services.AddSingleton<OutageClockService>();
        services.AddTransient<OutageClockJob>();
        services.AddSingleton<OutageService>();
        services.AddSingleton<WeatherRecovery>();
        services.AddSingleton<WeatherService>();
        services.AddSingleton<IEmergencyModeHandler, OutageModeHandler>();
        services.AddSingleton<IEmergencyModeHandler, WeatherModeHandler>();
        services.AddSingleton<IEmergencyScriptSource, EmergencyScriptSource>();
        return services;
    }

    /// <summary>The routes under <c>/api/v1/emergency/outage</c> and <c>/api/v1/emergency/weather</c> (additions to the contract).</summary>
    public static RouteGroupBuilder MapEmergencyFlowEndpoints(this RouteGroupBuilder api) => api.MapOutageEndpoints().MapWeatherEndpoints();
}
