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
/// The feed also carries other nodes' commits when it crosses nodes over Redis (issue 14): those
/// (<see cref="LiveChange.FromPeer"/>) are counted by the node that committed them, not here, or the cluster's sum
/// would count a breach once per node.
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
        if (change is ClockAlertRaised { FromPeer: false, Alert: { Kind: "breach", Drill: false } alert })
        {
            metrics.SlaBreached(alert.RuleId, alert.Clock, alert.SubjectKind);
        }
    }
}
