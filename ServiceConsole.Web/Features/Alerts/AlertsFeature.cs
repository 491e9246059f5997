namespace ServiceConsole.Web.Features.Alerts;

/// <summary>Warnings before deadlines and breaches after them, stored once and pushed as <c>clockAlert</c>.</summary>
public static class AlertsFeature
{
    public static IServiceCollection AddAlertsFeature(this IServiceCollection services)
    {
        services.AddSingleton<ClockAlertService>();
        return services;
    }

    /// <summary><c>/api/v1/alerts</c>.</summary>
    public static RouteGroupBuilder MapAlertsFeature(this RouteGroupBuilder api) => api.MapAlertEndpoints();
}
