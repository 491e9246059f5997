using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Domain.Drills;

/// <summary>EMG-05: one clock of the drill, judged at the drill's end. <see cref="ClockOutcome.Missed"/> is a clock that would have been missed for real.</summary>
public sealed record DrillClockResult(string Name, string RuleId, DateTimeOffset DueAt, DateTimeOffset? MetAt, ClockOutcome Outcome);
