using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Live;

public static class LiveSetup
{
    /// <summary>The in-process change feed, the SignalR hub and the forwarder between them.</summary>
    public static IServiceCollection AddServiceConsoleLive(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService<HubForwarder>();
        return services;
    }

    /// <summary>The live hub of the contract, <c>/hubs/live</c>.</summary>
    public static IEndpointRouteBuilder MapServiceConsoleLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>("/hubs/live");
        return app;
    }
}
