using System.Globalization;

namespace ServiceConsole.Web.Live;

/// <summary>
/// Turns a stream of change signals into few refreshes without delaying the first. The first change starts a
/// refresh at once; changes that arrive while it runs, or within the quiet interval that began with it, are
/// folded into one more refresh when that interval ends. A burst of 200 changes renders two or three times, not
/// 200, and an isolated change shows without waiting. Refreshes run on the thread pool, never on the thread that
/// signalled: a writer's request publishes a change and returns, it does not run a screen's reload and render.
/// A failed refresh is reported and the next change tries again; it never takes the screen down.
/// </summary>
/// <remarks>
/// The quiet interval is counted from the moment a refresh was triggered, on <paramref name="time"/>, and every
/// timer is created by the thread that decided it, so a test's fake clock drives the folding deterministically.
/// </remarks>
public sealed class CoalescingRefresher(TimeSpan interval, TimeProvider time, Func<Task> refresh, Action<Exception> onError) : IDisposable
{
    // A change arrives on the thread of whoever published it (an API call, the simulator); the refresh must
    // render in the viewer's language, captured when the screen created this refresher.
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly Lock _lock = new();
    private bool _running;
    private bool _pending;
    private DateTimeOffset _quietUntil = DateTimeOffset.MinValue;
    private ITimer? _trailing;
    private long _generation;
    private int _refreshes;
    private volatile bool _disposed;

    public int Refreshes => Volatile.Read(ref _refreshes);

    public void Signal()
    {
        if (_disposed)
        {
            return;
        }

        lock (_lock)
        {
            if (_running || _trailing is not null)
            {
                _pending = true;
                return;
            }

            _pending = true;
            StartOrScheduleLocked();
        }
    }

    /// <summary>
    /// Refreshes at once on the caller's thread, for the screen itself catching up right after its first render
    /// (never for a publisher); changes after it fold into its quiet interval as usual.
    /// </summary>
    public void RefreshNow()
    {
        if (_disposed)
        {
            return;
        }

        lock (_lock)
        {
            if (_running || _trailing is not null)
            {
                _pending = true;
                return;
            }

            Begin(time.GetUtcNow());
        }

        _ = RunAsync();
    }

    private void StartLocked(DateTimeOffset now)
    {
        Begin(now);

        // The work item does not carry the publisher's execution context either (the culture is set explicitly).
        ThreadPool.UnsafeQueueUserWorkItem(static refresher => _ = refresher.RunAsync(), this, preferLocal: false);
    }

    private void Begin(DateTimeOffset now)
    {
        _running = true;
        _pending = false;
        _quietUntil = now + interval;
    }

    /// <summary>Refreshes now if the quiet interval is over, else when it ends.</summary>
    private void StartOrScheduleLocked()
    {
        var now = time.GetUtcNow();
        if (now >= _quietUntil)
        {
            StartLocked(now);
            return;
        }

        var generation = ++_generation;
        _trailing = time.CreateTimer(
            static state => ((Trailing)state!).Owner.OnQuietIntervalEnded(((Trailing)state).Generation),
            new Trailing(this, generation),
            _quietUntil - now,
            Timeout.InfiniteTimeSpan);

        // The clock may have passed the end between reading it and creating the timer (a test's fake clock, moved by
        // another thread), in which case the timer would wait for the clock to move once more.
        if (time.GetUtcNow() >= _quietUntil)
        {
            _trailing.Dispose();
            _trailing = null;
            StartLocked(time.GetUtcNow());
        }
    }

    private void OnQuietIntervalEnded(long generation)
    {
        lock (_lock)
        {
            if (generation != _generation || _trailing is null)
            {
                return; // superseded: the refresh already started
            }

            _trailing.Dispose();
            _trailing = null;
            if (!_disposed && !_running)
            {
                StartLocked(time.GetUtcNow());
            }
        }
    }

    private sealed record Trailing(CoalescingRefresher Owner, long Generation);

    private async Task RunAsync()
    {
        try
        {
            if (!_disposed)
            {
                Interlocked.Increment(ref _refreshes);
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
                await refresh().ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            onError(ex);
        }

        lock (_lock)
        {
            _running = false;
            if (_disposed || !_pending)
            {
                return;
            }

            // What arrived during the refresh gets one more, at the end of the quiet interval.
            StartOrScheduleLocked();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        lock (_lock)
        {
            _trailing?.Dispose();
            _trailing = null;
        }
    }
}
