using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// The one live board for every open board screen: while at least one screen listens it follows the
/// change feed, gathers each burst of changes for the quiet interval (<see cref="LiveOptions.QuietMilliseconds"/>), rebuilds
/// ONE snapshot and hands it to every listener. With no listener left it lets go of the feed.
/// </summary>
public sealed class LiveBoardState(
    IBoardSnapshotSource source,
    ChangeFeed feed,
    LiveRefreshFactory live,
    TimeProvider time,
    IOptions<BoardOptions> options,
    ILogger<LiveBoardState> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private ImmutableArray<Listener> _listeners = [];
    private IDisposable? _feedSubscription;
    private CoalescingRefresher? _refresher;
    private ITimer? _quietRefresh;
    private BoardSnapshot? _current;
    private int _rebuilds;

    /// <summary>The latest snapshot, or null before the first build.</summary>
    public BoardSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>How many snapshots were built: a burst of changes should add one or two, not one per change.</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    public int ListenerCount => _listeners.Length;

    /// <summary>The latest snapshot; built now when nobody listens (it may be stale) or none exists yet.</summary>
    public async Task<BoardSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Current is { } current && _feedSubscription is not null)
        {
            return current;
        }

        return await RebuildAsync(cancellationToken);
    }

    /// <summary>Calls <paramref name="changed"/> with every new snapshot until the returned handle is disposed.</summary>
    public IDisposable Subscribe(Func<BoardSnapshot, Task> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var listener = new Listener(this, changed);
        lock (_gate)
        {
            _listeners = _listeners.Add(listener);
            if (_feedSubscription is null)
            {
                _refresher = live.Refresher(
                    PublishAsync, ex => logger.LogWarning(ex, "Rebuilding the supervisor board failed; the next change retries"));
                var refresher = _refresher;
                _feedSubscription = feed.Subscribe(_ => refresher.Signal());
                refresher.RefreshNow(); // catch up with whatever changed while nobody listened
                if (options.Value.QuietRefreshSeconds > 0)
                {
                    var period = TimeSpan.FromSeconds(options.Value.QuietRefreshSeconds);
                    _quietRefresh = time.CreateTimer(_ => refresher.Signal(), null, period, period);
                }
            }
        }

        return listener;
    }

    /// <summary>Asks for a rebuild after a change the feed does not carry (an agent's status).</summary>
    public void Invalidate()
    {
        CoalescingRefresher? refresher;
        lock (_gate)
        {
            refresher = _refresher;
        }

        refresher?.Signal();
    }

    private async Task PublishAsync()
    {
        var snapshot = await RebuildAsync(CancellationToken.None).ConfigureAwait(false);

        // Every open board renders on its own circuit: hand the snapshot to all of them at once, not one after another.
        await Task.WhenAll(_listeners.Select(listener => HandAsync(listener, snapshot))).ConfigureAwait(false);
    }

    private async Task HandAsync(Listener listener, BoardSnapshot snapshot)
    {
        try
        {
            await listener.Changed(snapshot).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // One closed or broken screen must not keep the snapshot from the others.
            logger.LogWarning(ex, "A board screen failed to take the new snapshot");
        }
    }

    private async Task<BoardSnapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        await _buildGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = await source.BuildAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _rebuilds);
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _buildGate.Release();
        }
    }

    private void Remove(Listener listener)
    {
        lock (_gate)
        {
            _listeners = _listeners.Remove(listener);
            if (_listeners.IsEmpty)
            {
                _feedSubscription?.Dispose();
                _feedSubscription = null;
                _quietRefresh?.Dispose();
                _quietRefresh = null;
                _refresher?.Dispose();
                _refresher = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _feedSubscription?.Dispose();
            _quietRefresh?.Dispose();
            _refresher?.Dispose();
            _listeners = [];
        }

        _buildGate.Dispose();
    }

    private sealed class Listener(LiveBoardState owner, Func<BoardSnapshot, Task> changed) : IDisposable
    {
        private int _disposed;

        public Func<BoardSnapshot, Task> Changed { get; } = changed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
