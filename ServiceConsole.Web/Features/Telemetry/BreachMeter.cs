using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>
/// Counts SLA breaches by rule (<see cref="ConsoleMetrics.SlaBreachesName"/>). Every place that records a breach
/// (complaint, callback, first-response, outage, mass-incident and security clocks) stores it with
/// <see cref="ClockAlertService.AddIfNewAsync"/> and publishes <see cref="ClockAlertRaised"/> once its write is
/// committed; counting that change here counts each committed breach exactly once, without a line in each feature.
/// </summary>
/// <remarks>
/// The feed carries this node's own commits. When the feed crosses nodes (issue 14 item 2), changes received from
/// another node must not reach this subscriber, or the cluster's sum counts a breach once per node.
/// </remarks>
internal sealed class BreachMeter(ChangeFeed feed, ConsoleMetrics metrics) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(Observe);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private void Observe(LiveChange change)
    {
        if (change is ClockAlertRaised { Alert: { Kind: "breach", Drill: false } alert })
        {
            metrics.SlaBreached(alert.RuleId, alert.Clock, alert.SubjectKind);
        }
    }
}
