namespace ServiceConsole.Domain.Deadlines;

/// <summary>
/// A clock that ran out: which rule, which clock, when it was due and when the breach was noticed.
/// A complaint records its verify, resolve, callback and recallback clocks (<c>BreachClocks</c>, CMP-02…04,
/// CMP-09/10); an outage or a mass incident its report, plan and resolve-all clocks (<c>EmergencyClocks</c>,
/// EMG-02/04). Each owner records a breach once per clock and due time.
/// </summary>
public sealed class ClockBreach
{
    // For EF Core materialisation only.
    private ClockBreach()
    {
    }

    private ClockBreach(string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        RuleId = ruleId;
        Clock = clock;
        DueAt = dueAt;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string RuleId { get; private set; } = "";

    /// <summary>The clock's wire name, e.g. <c>verify</c> or <c>resolve-all</c>.</summary>
    public string Clock { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Adds a breach unless one for the same clock and due time is already in the list.</summary>
    /// <returns>The breach added, or null when it was already recorded.</returns>
    internal static ClockBreach? AddOnce(
        List<ClockBreach> breaches, string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset recordedAt)
    {
        if (breaches.Exists(b => b.Clock == clock && b.DueAt == dueAt))
        {
            return null;
        }

        var breach = new ClockBreach(ruleId, clock, dueAt, recordedAt);
        breaches.Add(breach);
        return breach;
    }
}
