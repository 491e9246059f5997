using System.Diagnostics;
using Xunit.Sdk;

namespace ServiceConsole.Tests.Infrastructure;

/// <summary>
/// Waits for state that another process, the real scheduler or a browser changes on its own time, where no event or
/// fake clock can tell the test when it is done. Each probe runs to completion before the next, so a slow API call
/// never overlaps itself; the timeout is measured on the monotonic clock, not the wall clock.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until the condition holds; fails with <paramref name="because"/> when it still does not after the timeout.</summary>
    public static Task True(Func<bool> condition, TimeSpan? timeout = null, string? because = null, TimeSpan? interval = null) =>
        True(() => Task.FromResult(condition()), timeout, because, interval);

    public static async Task True(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null, TimeSpan? interval = null)
    {
        var patience = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > patience)
            {
                throw new XunitException($"Waited {patience.TotalSeconds:0.#} s for {because ?? "a condition"}; it never held.");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>Retries the assertion until it passes; after the timeout, rethrows its last failure as it was thrown.</summary>
    public static Task Assert(Action assertion, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        Assert(() =>
        {
            assertion();
            return Task.CompletedTask;
        }, timeout, interval);

    public static async Task Assert(Func<Task> assertion, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var patience = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(started) <= patience)
            {
                // Not yet: past the timeout the filter lets the failure through with its own message and stack.
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>
    /// Reads until what it read is done and returns that, so the test goes on with the state it waited for; fails with
    /// <paramref name="because"/> when nothing read was done by the timeout. A read that throws fails at once.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, string? because = null, TimeSpan? interval = null)
    {
        var patience = timeout ?? DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (Stopwatch.GetElapsedTime(started) > patience)
            {
                throw new XunitException($"Waited {patience.TotalSeconds:0.#} s for {because ?? "a value"}; the last one read was {value}.");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }
}
