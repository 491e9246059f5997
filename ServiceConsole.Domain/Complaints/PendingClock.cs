namespace ServiceConsole.Domain.Complaints;

/// <summary>A complaint clock still running: which one (<see cref="BreachClocks"/>), under which rule, due when.</summary>
public sealed record PendingClock(string Clock, string RuleId, DateTimeOffset DueAt);
