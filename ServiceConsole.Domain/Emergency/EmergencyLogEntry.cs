namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// EMG-07: one mode change, who made it, when and why. <see cref="Action"/> is
/// <c>activate</c>, <c>deactivate</c> or <c>phase</c> (a change while already active).
/// </summary>
public sealed class EmergencyLogEntry
{
    public const string ActivateAction = "activate";
    public const string DeactivateAction = "deactivate";
    public const string PhaseAction = "phase";

    // For EF Core materialisation only.
    private EmergencyLogEntry()
    {
    }

    internal EmergencyLogEntry(
        EmergencyMode mode, string action, EmergencyPhase? phase, bool drill, string reason, string actor, DateTimeOffset at, string? issueKey)
    {
        Id = Guid.NewGuid();
        Mode = mode;
        Action = action;
        Phase = phase;
        Drill = drill;
        Reason = reason;
        Actor = actor;
        At = at;
        IssueKey = issueKey;
    }

    public Guid Id { get; private set; }
    public EmergencyMode Mode { get; private set; }
    public string Action { get; private set; } = "";
    public EmergencyPhase? Phase { get; private set; }
    public bool Drill { get; private set; }
    public string Reason { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? IssueKey { get; private set; }
}
