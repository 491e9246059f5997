using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Live;

public sealed class CoalescingRefresherTests
{
    private readonly FakeTimeProvider _time = new();
    private int _refreshed;

    private CoalescingRefresher Create() =>
        new(TimeSpan.FromMilliseconds(300), _time, () => { Interlocked.Increment(ref _refreshed); return Task.CompletedTask; }, ex => throw ex);

    [Fact]
    public void An_isolated_change_refreshes_at_once_without_waiting_for_the_interval()
    {
        using var refresher = Create();

        refresher.Signal();

        Assert.Equal(1, Volatile.Read(ref _refreshed));
    }

    [Fact]
    public async Task Two_hundred_changes_in_the_quiet_interval_fold_into_one_more_refresh()
    {
        using var refresher = Create();
        refresher.Signal();

        for (var i = 0; i < 200; i++)
        {
            refresher.Signal();
        }

        Assert.Equal(1, Volatile.Read(ref _refreshed));
        _time.Advance(TimeSpan.FromMilliseconds(300));
        await Eventually.True(() => Volatile.Read(ref _refreshed) == 2, TimeSpan.FromSeconds(2), "the second refresh", TimeSpan.FromMilliseconds(10));
        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.Equal(2, Volatile.Read(ref _refreshed));
    }

    [Fact]
    public void A_disposed_refresher_refreshes_no_more()
    {
        var refresher = Create();
        refresher.Dispose();

        refresher.Signal();

        Assert.Equal(0, Volatile.Read(ref _refreshed));
    }
}
