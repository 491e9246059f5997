namespace ServiceConsole.Domain.Complaints;

/// <summary>
/// A complaint clock that ran out: which rule, which clock (<see cref="BreachClocks"/>), when it
/// was due and when the breach was noticed.
/// </summary>
public sealed class ComplaintBreach
{
    // For EF Core materialisation only.
    private ComplaintBreach()
    {
    }

    internal ComplaintBreach(string ruleId, string clock, DateTimeOffset dueAt, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        RuleId = ruleId;
        Clock = clock;
        DueAt = dueAt;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string RuleId { get; private set; } = "";

    /// <summary><c>verify</c>, <c>resolve</c>, <c>callback</c> or <c>recallback</c>.</summary>
    public string Clock { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
