using System.Collections.Concurrent;

namespace ServiceConsole.Web.Live;

/// <summary>
/// How a screen follows the change feed: the changes it cares about are coalesced (leading edge, then a quiet
/// interval, <see cref="CoalescingRefresher"/>) into one reload, which receives the changes it folds; disposing it
/// stops both. Made by <see cref="LiveRefreshFactory"/>; screens use the <c>FollowChanges</c> component.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    private readonly ConcurrentQueue<LiveChange> _matched = new();
    private readonly CoalescingRefresher _refresher;
    private readonly IDisposable _subscription;

    internal LiveRefresh(
        ChangeFeed feed,
        Func<LiveChange, bool> matches,
        TimeSpan quiet,
        TimeProvider time,
        Func<IReadOnlyList<LiveChange>, Task> reload,
        Action<Exception> failed,
        bool catchUp)
    {
        _refresher = new CoalescingRefresher(quiet, time, () => reload(Drain()), failed);
        _subscription = feed.Subscribe(change =>
        {
            if (matches(change))
            {
                _matched.Enqueue(change);
                _refresher.Signal();
            }
        });

        // Catches up at once, on the screen's own thread, with what changed between its first load and the subscription.
        if (catchUp)
        {
            _refresher.RefreshNow();
        }
    }

    private List<LiveChange> Drain()
    {
        var drained = new List<LiveChange>();
        while (_matched.TryDequeue(out var change))
        {
            drained.Add(change);
        }

        return drained;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _refresher.Dispose();
    }
}
