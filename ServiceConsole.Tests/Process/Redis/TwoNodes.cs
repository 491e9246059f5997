using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Live;
using StackExchange.Redis;

namespace ServiceConsole.Tests.Process.Redis;

/// <summary>
/// Two console nodes in this process, each on its own SQLite database, sharing the Redis of <c>scripts/redis.sh</c>
/// under a channel prefix of their own (so parallel runs and other classes never hear each other). Both are started
/// and listen to each other's changes before a test runs.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public string Prefix { get; } = $"sc-test-{Guid.NewGuid():N}";

    public ConsoleAppFactory A { get; private set; } = null!;

    public ConsoleAppFactory B { get; private set; } = null!;

    /// <summary>A console node in this process on its own SQLite database, on <paramref name="redis"/> under <paramref name="prefix"/>.</summary>
    public static ConsoleAppFactory Node(string prefix, string? redis, Action<Dictionary<string, string?>>? settings = null)
    {
        var factory = new ConsoleAppFactory();
        factory.Settings["ConnectionStrings:Redis"] = redis;
        factory.Settings[ConsoleRedis.ChannelPrefixSetting] = prefix;

        // Only changes rebuild the board: its periodic refresh would hide whether a change arrived.
        factory.Settings["ServiceConsole:Board:QuietRefreshSeconds"] = "0";
        settings?.Invoke(factory.Settings);
        return factory;
    }

    public async Task InitializeAsync()
    {
        var redis = RedisServer.Url;
        A = Node(Prefix, redis);
        B = Node(Prefix, redis);
        _ = A.Services;
        _ = B.Services;
        await Eventually.True(
            () => Bridge(A).Subscribed && Bridge(B).Subscribed, TimeSpan.FromSeconds(30), "both nodes subscribe to the change channel");
    }

    public static RedisChangeBridge Bridge(ConsoleAppFactory node) => node.Services.GetRequiredService<RedisChangeBridge>();

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();

        // The key ring this run's nodes shared goes with them.
        await DeleteKeyRingAsync(Prefix);
    }

    /// <summary>Deletes the key ring kept under <paramref name="prefix"/> (the test Redis keeps its data across restarts).</summary>
    public static async Task DeleteKeyRingAsync(string prefix)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Url);
        await redis.GetDatabase().KeyDeleteAsync(ConsoleRedis.DataProtectionKey(prefix));
    }
}
