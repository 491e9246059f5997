namespace ServiceConsole.Web.Live;

/// <summary>
/// How a screen follows the change feed: the changes it cares about are coalesced (leading edge, then a
/// quiet interval, <see cref="CoalescingRefresher"/>) into one reload; disposing it stops both. Create it
/// after the first render, with a reload that marshals onto the screen's renderer (<c>InvokeAsync</c>).
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    private readonly CoalescingRefresher _refresher;
    private readonly IDisposable _subscription;

    /// <param name="catchUp">Reload once at once, for what changed between the first load and the subscription.</param>
    public LiveRefresh(
        ChangeFeed feed,
        Func<LiveChange, bool> matches,
        TimeSpan quiet,
        TimeProvider time,
        Func<Task> reload,
        Action<Exception> failed,
        bool catchUp = true)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(matches);
        _refresher = new CoalescingRefresher(quiet, time, reload, failed);
        _subscription = feed.Subscribe(change =>
        {
            if (matches(change))
            {
                _refresher.Signal();
            }
        });
        if (catchUp)
        {
            _refresher.RefreshNow();
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _refresher.Dispose();
    }
}
