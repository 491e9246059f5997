using Microsoft.Extensions.Options;

namespace ServiceConsole.Web.Live;

/// <summary>Makes every live screen's refresher, all with the one configured quiet interval (<see cref="LiveOptions"/>).</summary>
public sealed class LiveRefreshFactory(ChangeFeed feed, TimeProvider time, IOptions<LiveOptions> options)
{
    public TimeSpan Quiet => options.Value.Quiet;

    /// <summary>Follows the changes <paramref name="matches"/> selects; call after the screen's first render and dispose on leave.</summary>
    public LiveRefresh Follow(
        Func<LiveChange, bool> matches, Func<IReadOnlyList<LiveChange>, Task> reload, Action<Exception> failed, bool catchUp = true) =>
        new(feed, matches, Quiet, time, reload, failed, catchUp);

    /// <summary>A refresher for state shared by many screens (the live board), fed by its owner.</summary>
    public CoalescingRefresher Refresher(Func<Task> refresh, Action<Exception> failed) => new(Quiet, time, refresh, failed);
}
