namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: one person in the drill report. <see cref="FirstResponseAfter"/> is the time from the
/// drill's start to their first action; null when they did nothing during the drill.
/// </summary>
/// <param name="Expected">They were on the list of expected responders (false: they joined in unasked).</param>
public sealed record DrillResponder(string Code, bool Expected, DateTimeOffset? FirstResponseAt, TimeSpan? FirstResponseAfter, int Actions)
{
    public bool Responded => FirstResponseAt is not null;
}
