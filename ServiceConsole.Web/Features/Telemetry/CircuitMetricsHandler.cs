using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>Counts this node's open Blazor circuits (<see cref="ConsoleMetrics.OpenCircuitsName"/>): one per console window, up when it opens, down when it closes.</summary>
/// <remarks>
/// A circuit whose connection dropped stays open (and counted) until Blazor gives up on its reconnection; that is the
/// memory the node still holds for it. The per-user cap (INF-06) is counted separately by <c>Auth/CircuitCapHandler</c>.
/// </remarks>
internal sealed class CircuitMetricsHandler(ConsoleMetrics metrics) : CircuitHandler
{
    private int _open;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _open, 1) == 0)
        {
            metrics.CircuitOpened();
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _open, 0) == 1)
        {
            metrics.CircuitClosed();
        }

        return Task.CompletedTask;
    }
}
