using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// A read-only view of one emergency clock, as the coordinator screen shows it and the drill
/// report judges it: its name (<see cref="EmergencyClocks"/>), the rule, when it is due, when it
/// was stopped and whether a breach was recorded. A clock is met up to and including its due
/// instant, like every clock in the console.
/// </summary>
public sealed record EmergencyClock(string Name, string RuleId, DateTimeOffset DueAt, DateTimeOffset? MetAt, bool Breached)
{
    /// <summary>How the clock stands at <paramref name="now"/> (for a drill: at its end).</summary>
    public ClockOutcome OutcomeAt(DateTimeOffset now)
    {
        if (Breached)
        {
            return ClockOutcome.Missed;
        }

        if (MetAt is { } met)
        {
            return met <= DueAt ? ClockOutcome.Met : ClockOutcome.Missed;
        }

        return now > DueAt ? ClockOutcome.Missed : ClockOutcome.Pending;
    }
}
