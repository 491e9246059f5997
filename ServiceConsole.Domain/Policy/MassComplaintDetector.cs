namespace ServiceConsole.Domain.Policy;

/// <summary>
/// EMG-03: mass-complaint mode starts when MORE than <c>MassComplaintThreshold</c> (20)
/// complaints about one issue arrive within <c>MassComplaintWindowMinutes</c> (60), as a sliding
/// window. The window is inclusive: two complaints exactly 60 minutes apart are in the same hour.
/// </summary>
public sealed class MassComplaintDetector(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public TimeSpan Window => TimeSpan.FromMinutes(_options.Emergency.MassComplaintWindowMinutes);

    public int Threshold => _options.Emergency.MassComplaintThreshold;

    /// <summary>
    /// Returns the densest window (the earliest one on a tie) when it holds more than the
    /// threshold, else <c>null</c>. Input order does not matter: timestamps from several
    /// channels arrive out of order, so they are sorted here (O(n log n)), then scanned once
    /// with two pointers.
    /// </summary>
    public MassComplaintWindow? Detect(IEnumerable<DateTimeOffset> receivedAts)
    {
        ArgumentNullException.ThrowIfNull(receivedAts);
        var times = receivedAts.ToArray();
        if (times.Length <= Threshold)
        {
            return null;
        }

        Array.Sort(times);
        var window = Window;
        int bestStart = 0, bestEnd = 0, start = 0;

        for (var end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] > window)
            {
                start++;
            }

            if (end - start > bestEnd - bestStart)
            {
                bestStart = start;
                bestEnd = end;
            }
        }

        var count = bestEnd - bestStart + 1;
        return count > Threshold ? new MassComplaintWindow(times[bestStart], times[bestEnd], count) : null;
    }

    /// <summary>
    /// EMG-04: the event time at which the rule was first met: the receivedAt of the complaint
    /// that made one window hold more than the threshold (the 21st within an hour). A mass
    /// complaint opens, and its plan and resolve-all clocks run, from here, whatever order the
    /// complaints arrived in. Null while no window is over the threshold.
    /// </summary>
    public DateTimeOffset? TippingPoint(IEnumerable<DateTimeOffset> receivedAts)
    {
        ArgumentNullException.ThrowIfNull(receivedAts);
        var times = receivedAts.ToArray();
        if (times.Length <= Threshold)
        {
            return null;
        }

        Array.Sort(times);
        var window = Window;
        for (int end = 0, start = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] > window)
            {
                start++;
            }

            if (end - start + 1 > Threshold)
            {
                return times[end];
            }
        }

        return null;
    }
}
