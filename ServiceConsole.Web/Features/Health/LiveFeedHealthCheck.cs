using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Health;

/// <summary>
/// The live change feed and the SignalR hub behind it: healthy while the forwarder that carries committed changes to
/// the hub (<see cref="HubForwarder"/>) is running. When it has stopped or failed, screens and hub clients no longer
/// see what others commit, though writes still succeed.
/// </summary>
public sealed class LiveFeedHealthCheck(IEnumerable<IHostedService> hostedServices, ChangeFeed feed, IHubContext<LiveHub, ILiveClient> hub) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(hub);
        var data = new Dictionary<string, object> { ["subscribers"] = feed.SubscriberCount };
        var forwarder = hostedServices.OfType<HubForwarder>().SingleOrDefault();
        var result = forwarder?.ExecuteTask switch
        {
            null => new HealthCheckResult(context.Registration.FailureStatus, "The hub forwarder has not started: live changes reach no hub client.", data: data),
            { IsFaulted: true } task => new HealthCheckResult(
                context.Registration.FailureStatus, "The hub forwarder failed: live changes reach no hub client.", task.Exception, data),
            { IsCompleted: true } => new HealthCheckResult(context.Registration.FailureStatus, "The hub forwarder has stopped: live changes reach no hub client.", data: data),
            _ => HealthCheckResult.Healthy("The change feed is forwarded to the live hub.", data),
        };
        return Task.FromResult(result);
    }
}
