using StackExchange.Redis;

namespace ServiceConsole.Web.Live;

/// <summary>
/// The Redis that several console nodes share (issue 14): set <c>ConnectionStrings:Redis</c> (a StackExchange.Redis
/// connection string such as <c>127.0.0.1:56379</c>) and the SignalR hub uses Redis as its backplane, the change feed
/// crosses nodes (<c>RedisChangeBridge</c>) and the Data Protection key ring is kept there. Without it the
/// console is one node and nothing of this is registered.
/// </summary>
public static class ConsoleRedis
{
    public const string ConnectionStringName = "Redis";

    /// <summary>The setting that names the prefix of every Redis channel and key of the console.</summary>
    public const string ChannelPrefixSetting = "ServiceConsole:Redis:ChannelPrefix";

    /// <summary>The default prefix: every node of one console uses the same one (tests give each run its own).</summary>
    public const string DefaultChannelPrefix = "ServiceConsole";

    /// <summary><c>ConnectionStrings:Redis</c>, or null when the console runs without Redis.</summary>
    public static string? ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetConnectionString(ConnectionStringName) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
    }

    /// <summary><c>ServiceConsole:Redis:ChannelPrefix</c>, by default <c>ServiceConsole</c>.</summary>
    public static string ChannelPrefix(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[ChannelPrefixSetting] is { } value && !string.IsNullOrWhiteSpace(value) ? value : DefaultChannelPrefix;
    }

    /// <summary>The pub/sub channel of the change feed: <c>{prefix}:changes</c>.</summary>
    public static string ChangesChannel(string prefix) => $"{prefix}:changes";

    /// <summary>The Redis list that holds the Data Protection key ring: <c>{prefix}:DataProtection-Keys</c>.</summary>
    public static string DataProtectionKey(string prefix) => $"{prefix}:DataProtection-Keys";

    /// <summary>
    /// One connection per node for the change feed, the key ring and the health check (SignalR's backplane keeps its own).
    /// It does not fail the start when Redis is away: StackExchange.Redis keeps reconnecting, and losses and returns are logged.
    /// </summary>
    public static IServiceCollection AddConsoleRedisConnection(this IServiceCollection services, string connectionString)
    {
        if (services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer)))
        {
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(provider =>
        {
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConsoleRedis).FullName!);
            var connection = ConnectionMultiplexer.Connect(Options(connectionString));
            connection.ConnectionFailed += (_, e) =>
                logger.LogWarning(e.Exception, "Lost Redis at {Endpoint} ({Failure}); reconnecting", e.EndPoint, e.FailureType);
            connection.ConnectionRestored += (_, e) => logger.LogInformation("Redis at {Endpoint} is back", e.EndPoint);
            return connection;
        });
        return services;
    }

    /// <summary>The connection string's options, never aborting on a first failed connect.</summary>
    public static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName ??= "ServiceConsole";
        return options;
    }
}
