using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceConsole.Web.Live;
using StackExchange.Redis;

namespace ServiceConsole.Web.Features.Health;

/// <summary>
/// The Redis the nodes share (<c>ConnectionStrings:Redis</c>): healthy when it answers a PING. Listed only when Redis is
/// configured. The data gives the round trip and, from the change-feed bridge, whether this node listens to the others
/// and how many changes it sent, received and could not send. Without Redis the other nodes' changes, hub messages
/// and new keys do not arrive here; this node's own writes, screens and hub clients go on.
/// </summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = new Dictionary<string, object>
        {
            ["endpoints"] = string.Join(",", redis.GetEndPoints().Select(e => e.ToString())),
            ["connected"] = redis.IsConnected,
        };
        if (services.GetService<RedisChangeBridge>() is { } bridge)
        {
            data["subscribed"] = bridge.Subscribed;
            data["changesSent"] = bridge.Sent;
            data["changesReceived"] = bridge.Received;
            data["changesDropped"] = bridge.Dropped;
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            data["pingMs"] = Math.Round(latency.TotalMilliseconds, 2).ToString(CultureInfo.InvariantCulture);
            return HealthCheckResult.Healthy("Redis answers.", data);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer: other nodes' changes and hub messages do not reach this one.", ex, data);
        }
    }
}
