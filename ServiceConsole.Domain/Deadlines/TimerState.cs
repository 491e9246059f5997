namespace ServiceConsole.Domain.Deadlines;

/// <summary>How a running clock stands against its target: in time, close to it (amber), or past it.</summary>
public enum TimerState
{
    Ok,
    Amber,
    Breached,
}
