namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>Callbacks owed on their own: the SVC-05 promise and the emergency recovery calls, with their durable clocks.</summary>
public static class CallbacksFeature
{
    public static IServiceCollection AddCallbacksFeature(this IServiceCollection services)
    {
        services.AddSingleton<CallbackClockService>();
        services.AddTransient<CallbackClockJob>();
        services.AddSingleton<CallbackService>();
        return services;
    }

    /// <summary><c>/api/v1/contacts/{id}/promise</c> and <c>/api/v1/callbacks</c>.</summary>
    public static RouteGroupBuilder MapCallbacksFeature(this RouteGroupBuilder api) => api.MapCallbackEndpoints();
}
