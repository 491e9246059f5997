using ServiceConsole.Web.Common;
using StackExchange.Redis;

namespace ServiceConsole.Web.Live;

public static class LiveSetup
{
    /// <summary>
    /// The in-process change feed, the SignalR hub and the forwarder between them. With <c>ConnectionStrings:Redis</c>
    /// (<see cref="ConsoleRedis"/>) the hub's messages go through Redis to the connections of every node (channel prefix
    /// <c>ServiceConsole</c>, or <c>ServiceConsole:Redis:ChannelPrefix</c>) and the change feed crosses nodes
    /// (<see cref="RedisChangeBridge"/>).
    /// </summary>
    public static IServiceCollection AddServiceConsoleLive(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR()
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()));
        if (ConsoleRedis.ConnectionString(configuration) is { } redis)
        {
            var prefix = ConsoleRedis.ChannelPrefix(configuration);
            signalR.AddStackExchangeRedis(options =>
            {
                options.Configuration = ConsoleRedis.Options(redis);
                options.Configuration.ChannelPrefix = RedisChannel.Literal(prefix);
            });
            services.AddConsoleRedisConnection(redis);
            services.AddSingleton<LiveChangeJson>();
            services.AddSingleton<RedisChangeBridge>();
            services.AddHostedService(provider => provider.GetRequiredService<RedisChangeBridge>());
        }

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
