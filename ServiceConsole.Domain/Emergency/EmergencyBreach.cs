namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// An emergency clock that ran out (EMG-02 report to the technical team, EMG-04 plan and
/// resolve-all): which rule, which clock (<see cref="EmergencyClocks"/>), when it was due and when
/// the breach was noticed. Owned by <see cref="OutageIncident"/> or <see cref="MassIncident"/>,
/// recorded once per clock and due time.
/// </summary>
public sealed class EmergencyBreach
{
    // For EF Core materialisation only.
    private EmergencyBreach()
    {
    }

    internal EmergencyBreach(string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        RuleId = ruleId;
        Clock = clock;
        DueAt = dueAt;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string RuleId { get; private set; } = "";

    /// <summary><c>report</c>, <c>plan</c> or <c>resolve-all</c>.</summary>
    public string Clock { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Adds a breach unless one for the same clock and due time is already in the list.</summary>
    /// <returns>The breach added, or null when it was already recorded.</returns>
    internal static EmergencyBreach? AddOnce(
        List<EmergencyBreach> breaches, string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset recordedAt)
    {
        if (breaches.Exists(b => b.Clock == clock && b.DueAt == dueAt))
        {
            return null;
        }

        var breach = new EmergencyBreach(ruleId, clock, dueAt, recordedAt);
        breaches.Add(breach);
        return breach;
    }
}
