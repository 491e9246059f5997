using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Live;

public static class LiveSetup
{
    /// <summary>The in-process change feed, the SignalR hub and the forwarder between them.</summary>
    public static IServiceCollection AddServiceConsoleLive(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName)
            .Validate(o => o.QuietMilliseconds is >= 20 and <= 5000, "ServiceConsole:Live:QuietMilliseconds lies between 20 and 5000.")
            .Validate(o => o.AmberRatio is > 0 and < 1, "ServiceConsole:Live:AmberRatio lies strictly between 0 and 1.")
            .ValidateOnStart();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<LiveRefreshFactory>();
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
