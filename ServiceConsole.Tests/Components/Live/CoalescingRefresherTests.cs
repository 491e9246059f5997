using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Tests.Infrastructure;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Live;

public sealed class CoalescingRefresherTests
{
    private readonly FakeTimeProvider _time = new();
    private int _refreshed;

    private CoalescingRefresher Create(Func<Task>? refresh = null) =>
        new(TimeSpan.FromMilliseconds(300), _time, refresh ?? (() => { Interlocked.Increment(ref _refreshed); return Task.CompletedTask; }), ex => throw ex);

    [Fact]
    public async Task An_isolated_change_refreshes_at_once_without_waiting_for_the_interval()
    {
        using var refresher = Create();

        refresher.Signal();

        await Eventually.True(() => Volatile.Read(ref _refreshed) == 1);
    }

    [Fact]
    public async Task The_refresh_never_runs_on_the_thread_that_signalled()
    {
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        using var refresher = Create(() =>
        {
            started.Set();
            release.Wait(TimeSpan.FromSeconds(10)); // a slow reload and render
            return Task.CompletedTask;
        });

        var signalled = Task.Run(refresher.Signal);

        // A writer's request returns at once even while the screen's refresh is still busy.
        await signalled.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(started.Wait(TimeSpan.FromSeconds(5)));
        release.Set();
    }

    [Fact]
    public async Task Two_hundred_changes_in_the_quiet_interval_fold_into_one_more_refresh()
    {
        using var refresher = Create();
        refresher.Signal();
        await Eventually.True(() => Volatile.Read(ref _refreshed) == 1);

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
    public async Task A_disposed_refresher_refreshes_no_more()
    {
        var refresher = Create();
        refresher.Dispose();

        refresher.Signal();
        await Task.Delay(50);

        Assert.Equal(0, Volatile.Read(ref _refreshed));
    }
}
