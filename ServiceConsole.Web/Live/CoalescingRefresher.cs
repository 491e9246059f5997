using System.Globalization;

namespace ServiceConsole.Web.Live;

/// <summary>
/// Turns a burst of change signals into one refresh after a short delay: a screen that receives 200
/// changes in a second renders a few times, not 200. A failed refresh is reported and the next change
/// tries again; it never takes the screen down.
/// </summary>
public sealed class CoalescingRefresher(TimeSpan delay, TimeProvider time, Func<Task> refresh, Action<Exception> onError) : IDisposable
{
    // A change arrives on the thread of whoever published it (an API call, the simulator); the refresh must
    // render in the viewer's language, captured when the screen created this refresher.
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private int _scheduled;
    private int _refreshes;
    private volatile bool _disposed;

    public int Refreshes => Volatile.Read(ref _refreshes);

    public void Signal()
    {
        if (_disposed || Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0)
        {
            return;
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await Task.Delay(delay, time);

            // Cleared before refreshing, so a change that lands during the refresh schedules the next one.
            Interlocked.Exchange(ref _scheduled, 0);
            if (!_disposed)
            {
                Interlocked.Increment(ref _refreshes);
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
                await refresh();
            }
        }
        catch (Exception ex)
        {
            onError(ex);
        }
    }

    public void Dispose() => _disposed = true;
}
