namespace ServiceConsole.Domain.Deadlines;

/// <summary>
/// Colours a running clock against its target (SVC-01/02 for first responses, CMP-02…04 for complaints):
/// amber once <see cref="AmberRatio"/> of the allowed time has gone, breached only after the deadline
/// itself, so a response at exactly 10 s of a 10 s target is still in time (as <c>FirstResponsePolicy</c> judges it).
/// </summary>
public sealed class DeadlineTimer
{
    public const double DefaultAmberRatio = 0.7;

    public DeadlineTimer(double amberRatio = DefaultAmberRatio)
    {
        if (amberRatio is <= 0 or >= 1 || double.IsNaN(amberRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(amberRatio), amberRatio, "The amber ratio lies strictly between 0 and 1.");
        }

        AmberRatio = amberRatio;
    }

    /// <summary>Share of the allowed time after which the clock turns amber.</summary>
    public double AmberRatio { get; }

    /// <summary>The state after <paramref name="elapsed"/> of a clock allowed <paramref name="target"/>.</summary>
    public TimerState StateAfter(TimeSpan elapsed, TimeSpan target)
    {
        if (target <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A target is a positive duration.");
        }

        if (elapsed > target)
        {
            return TimerState.Breached;
        }

        return elapsed.Ticks >= target.Ticks * AmberRatio ? TimerState.Amber : TimerState.Ok;
    }

    /// <summary>The state at <paramref name="now"/> of a clock due at <paramref name="deadline"/> that allowed <paramref name="target"/>.</summary>
    public TimerState StateAt(DateTimeOffset deadline, TimeSpan target, DateTimeOffset now) =>
        StateAfter(target - (deadline - now), target);
}
