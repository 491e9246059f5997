namespace ServiceConsole.Domain.Policy;

/// <summary>When the warning before a deadline goes out (<see cref="ClockOptions.WarningLeadMinutes"/>).</summary>
public sealed class ClockWarningPolicy(PolicyOptions options)
{
    private readonly PolicyOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public TimeSpan Lead => TimeSpan.FromMinutes(_options.Clocks.WarningLeadMinutes);

    /// <summary>
    /// The instant to warn about a deadline due at <paramref name="dueAt"/>, seen at <paramref name="now"/>:
    /// the lead before it, or at once when less than the lead is left; null when warnings are off or the
    /// deadline has already passed (then it is a breach, not a warning).
    /// </summary>
    public DateTimeOffset? WarnAt(DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (Lead <= TimeSpan.Zero || now >= dueAt)
        {
            return null;
        }

        var warnAt = dueAt - Lead;
        return warnAt > now ? warnAt : now;
    }

    /// <summary>True while a warning about <paramref name="dueAt"/> still makes sense at <paramref name="now"/>.</summary>
    public bool StillWorthWarning(DateTimeOffset dueAt, DateTimeOffset now) => Lead > TimeSpan.Zero && now <= dueAt;
}
