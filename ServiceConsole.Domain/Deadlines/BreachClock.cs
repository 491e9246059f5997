namespace ServiceConsole.Domain.Deadlines;

/// <summary>One recorded complaint breach as the day's counter sees it: which clock, and when it was recorded.</summary>
public sealed record BreachClock(string Clock, DateTimeOffset RecordedAt);
