using System.Globalization;

namespace ServiceConsole.Web.Live;

/// <summary>
/// Turns a stream of change signals into few refreshes without delaying the first: the first change
/// refreshes at once, changes that arrive while a refresh runs or within the quiet interval after it
/// are folded into one more refresh at the end of that interval. A burst of 200 changes renders two or
/// three times, not 200, and an isolated change shows without waiting. A failed refresh is reported
/// and the next change tries again; it never takes the screen down.
/// </summary>
public sealed class CoalescingRefresher(TimeSpan interval, TimeProvider time, Func<Task> refresh, Action<Exception> onError) : IDisposable
{
    // A change arrives on the thread of whoever published it (an API call, the simulator); the refresh must
    // render in the viewer's language, captured when the screen created this refresher.
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private int _pending;
    private int _running;
    private int _refreshes;
    private volatile bool _disposed;

    public int Refreshes => Volatile.Read(ref _refreshes);

    public void Signal()
    {
        if (_disposed)
        {
            return;
        }

        Volatile.Write(ref _pending, 1);
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _ = RunAsync();
        }
    }

    private async Task RunAsync()
    {
        do
        {
            try
            {
                while (!_disposed && Interlocked.Exchange(ref _pending, 0) == 1)
                {
                    Interlocked.Increment(ref _refreshes);
                    CultureInfo.CurrentCulture = _culture;
                    CultureInfo.CurrentUICulture = _uiCulture;
                    await refresh();

                    // The quiet interval: what arrives now waits for its end and is refreshed together.
                    await Task.Delay(interval, time);
                }
            }
            catch (Exception ex)
            {
                onError(ex);
            }

            Volatile.Write(ref _running, 0);

            // A signal that landed between the last check and the reset above must not be lost.
        }
        while (!_disposed && Volatile.Read(ref _pending) == 1 && Interlocked.CompareExchange(ref _running, 1, 0) == 0);
    }

    public void Dispose() => _disposed = true;
}
