namespace ServiceConsole.Web.Live;

/// <summary>
/// Turns a burst of change signals into one refresh after a short delay: a screen that receives 200
/// changes in a second renders a few times, not 200.
/// </summary>
public sealed class CoalescingRefresher(TimeSpan delay, TimeProvider time, Func<Task> refresh, Func<Exception, Task> onError) : IDisposable
{
    private int _scheduled;
    private volatile bool _disposed;

    public int Refreshes { get; private set; }

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
                Refreshes++;
                await refresh();
            }
        }
        catch (Exception ex)
        {
            await onError(ex);
        }
    }

    public void Dispose() => _disposed = true;
}
