using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Telemetry;

/// <summary>
/// The queue gauges read the supervisor board's snapshot (<see cref="LiveBoardState.Current"/>), which an open board
/// keeps fresh anyway: a scrape never queries the database. With no board open, a scrape that finds the snapshot
/// missing or older than the board's quiet refresh (<see cref="BoardOptions.QuietRefreshSeconds"/>, 15 s) asks for one
/// rebuild in the background and reports what it has; so the database sees at most one board build per interval,
/// however often the collector scrapes, and the figures lag by at most that interval plus one scrape.
/// </summary>
public sealed class QueueLengths(LiveBoardState board, TimeProvider time, IOptions<BoardOptions> options, ILogger<QueueLengths> logger)
{
    /// <summary>Used when the board's quiet refresh is off (0).</summary>
    private static readonly TimeSpan FallbackInterval = TimeSpan.FromSeconds(15);

    private int _rebuilding;

    /// <summary>Waiting contacts in the queues of each team's agents, tagged with the team code and its channel.</summary>
    internal IEnumerable<Measurement<int>> ByTeam()
    {
        if (Snapshot() is not { } snapshot)
        {
            return [];
        }

        var channels = snapshot.Teams.ToDictionary(t => t.Code, t => WireNames.ToWire(t.Channel), StringComparer.Ordinal);
        return snapshot.Agents
            .GroupBy(a => a.TeamCode, StringComparer.Ordinal)
            .Select(g => new Measurement<int>(
                g.Sum(a => a.QueueLength),
                new KeyValuePair<string, object?>("team", g.Key),
                new KeyValuePair<string, object?>("channel", channels.GetValueOrDefault(g.Key) ?? WireNames.ToWire(g.First().Channel))))
            .ToList();
    }

    /// <summary>Every waiting contact, assigned to an agent or not yet.</summary>
    internal IEnumerable<Measurement<int>> Total() =>
        Snapshot() is { } snapshot ? [new Measurement<int>(snapshot.WaitingTotal)] : [];

    private BoardSnapshot? Snapshot()
    {
        var snapshot = board.Current;
        var interval = options.Value.QuietRefreshSeconds > 0 ? TimeSpan.FromSeconds(options.Value.QuietRefreshSeconds) : FallbackInterval;
        var stale = snapshot is null || time.GetUtcNow() - snapshot.BuiltAt > interval;
        if (stale && board.ListenerCount == 0 && Interlocked.CompareExchange(ref _rebuilding, 1, 0) == 0)
        {
            _ = Task.Run(RebuildAsync);
        }

        return snapshot;
    }

    private async Task RebuildAsync()
    {
        try
        {
            await board.GetAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Rebuilding the board snapshot for the queue gauges failed; the next scrape retries");
        }
        finally
        {
            Volatile.Write(ref _rebuilding, 0);
        }
    }
}
