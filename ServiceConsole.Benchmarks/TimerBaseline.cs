using System.Collections.Concurrent;

namespace ServiceConsole.Benchmarks;

/// <summary>
/// The bare baseline for firing lateness: one plain .NET timer (<see cref="Task.Delay(TimeSpan)"/>) per
/// instant, in this process, waking at the same instants the console's scheduler must meet. It shares
/// the two cores with the console, so it sees the same load; what it does not have is a job store.
/// </summary>
internal sealed class TimerBaseline
{
    private readonly ConcurrentBag<double> _breaches = [];
    private readonly ConcurrentBag<double> _warnings = [];
    private readonly ConcurrentBag<Task> _pending = [];

    public IReadOnlyCollection<double> BreachLatenessMs => _breaches;

    public IReadOnlyCollection<double> WarningLatenessMs => _warnings;

    /// <summary>
    /// Arms a timer that wakes 1 ms past <paramref name="dueAt"/> (like the console's breach trigger) and is
    /// measured from the due time (like BreachedAt − DueAt), and, if given, one for the warning.
    /// </summary>
    public void Arm(DateTimeOffset dueAt, DateTimeOffset? warnAt)
    {
        _pending.Add(WakeAsync(dueAt.AddMilliseconds(1), dueAt, _breaches));
        if (warnAt is { } at)
        {
            _pending.Add(WakeAsync(at, at, _warnings));
        }
    }

    public Task WhenAllAsync(TimeSpan timeout) => Task.WhenAll(_pending).WaitAsync(timeout);

    private static async Task WakeAsync(DateTimeOffset at, DateTimeOffset measuredFrom, ConcurrentBag<double> lateness)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        // The console records DateTimeOffset.UtcNow (TimeProvider.System) when its job acts; so do we.
        lateness.Add((DateTimeOffset.UtcNow - measuredFrom).TotalMilliseconds);
    }
}
