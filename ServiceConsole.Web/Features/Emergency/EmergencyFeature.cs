using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Features.Emergency.Mass;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Emergency.Outage;
using ServiceConsole.Web.Features.Emergency.Recovery;
using ServiceConsole.Web.Features.Emergency.Weather;

namespace ServiceConsole.Web.Features.Emergency;

/// <summary>
/// The emergency modes (EMG-01…07): the switch, its log and banner and the coordinator screen (<c>Modes/</c>),
/// mass complaints (<c>Mass/</c>), outages (<c>Outage/</c>), weather (<c>Weather/</c>) and the recovery calls
/// both owe (<c>Recovery/</c>).
/// </summary>
public static class EmergencyFeature
{
    public static IServiceCollection AddEmergencyFeature(this IServiceCollection services)
    {
        // Modes: singletons over IDbContextFactory; a switch runs every registered mode handler after it is stored.
        services.AddSingleton<EmergencyService>();
        services.AddSingleton<EmergencyLogService>();
        services.AddSingleton<ICoordinatorService, CoordinatorService>();
        services.AddSingleton<EmergencyNotices>();
        services.AddSingleton<IEmergencyScriptSource, EmergencyScriptSource>();

        // Mass complaints (EMG-03/04): the incident is also the mass-complaint mode's handler.
        services.AddSingleton<MassIncidentService>();
        services.AddSingleton<IEmergencyModeHandler>(sp => sp.GetRequiredService<MassIncidentService>());
        services.AddTransient<MassIncidentClockJob>();

        // Outage (EMG-02) and weather (EMG-01), and the recovery calls they owe.
        services.AddSingleton<RecoveryCallbacks>();
        services.AddSingleton<OutageClockService>();
        services.AddTransient<OutageClockJob>();
        services.AddSingleton<OutageService>();
        services.AddSingleton<IOutageWaitingRecorder>(sp => sp.GetRequiredService<OutageService>());
        services.AddSingleton<IEmergencyModeHandler, OutageModeHandler>();
        services.AddOptions<WeatherFlowOptions>().BindConfiguration(WeatherFlowOptions.SectionName);
        services.AddSingleton<WeatherRecoveryPolicy>();
        services.AddSingleton<WeatherRecovery>();
        services.AddSingleton<WeatherService>();
        services.AddSingleton<IWeatherRequestRecorder>(sp => sp.GetRequiredService<WeatherService>());
        services.AddSingleton<IEmergencyModeHandler, WeatherModeHandler>();
        return services;
    }

    /// <summary><c>/api/v1/emergency</c>: the modes, and the mass-complaint, outage and weather routes (additions).</summary>
    public static RouteGroupBuilder MapEmergencyFeature(this RouteGroupBuilder api) =>
        api.MapEmergencyEndpoints().MapMassIncidentEndpoints().MapOutageEndpoints().MapWeatherEndpoints();
}
