namespace ServiceConsole.Domain.Deadlines;

/// <summary>
/// How an emergency clock stands: met (stopped by its due instant), missed (stopped late, or
/// still running past due) or pending (still running, not yet due).
/// </summary>
public enum ClockOutcome
{
    Met,
    Missed,
    Pending
}
