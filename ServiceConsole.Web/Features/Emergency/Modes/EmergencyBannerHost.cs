namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// Lets a page that shows the emergency banners in its own layout (the supervisor board, whose grid fills
/// the window) take them over from the global bar, so a mode is never announced twice on one screen.
/// One per circuit, handed down by the main layout as a cascading value.
/// </summary>
public sealed class EmergencyBannerHost
{
    private int _pageBanners;

    /// <summary>Raised when a page starts or stops showing its own banners.</summary>
    public event Action? Changed;

    public bool ShownByPage => Volatile.Read(ref _pageBanners) > 0;

    /// <summary>Called by a page's banners when they appear; disposing the result hands the banners back.</summary>
    public IDisposable ShowOnPage()
    {
        Interlocked.Increment(ref _pageBanners);
        Changed?.Invoke();
        return new Claim(this);
    }

    private void Release()
    {
        Interlocked.Decrement(ref _pageBanners);
        Changed?.Invoke();
    }

    private sealed class Claim(EmergencyBannerHost host) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                host.Release();
            }
        }
    }
}
