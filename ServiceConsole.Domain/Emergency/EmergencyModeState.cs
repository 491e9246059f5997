namespace ServiceConsole.Domain.Emergency;

/// <summary>
/// The current state of one emergency mode (EMG-01…03), one row per mode. Every change returns
/// the <see cref="EmergencyLogEntry"/> to store and push to every screen (EMG-07); a change
/// without a reason is refused.
/// </summary>
public sealed class EmergencyModeState
{
    // For EF Core materialisation only.
    private EmergencyModeState()
    {
    }

    public EmergencyMode Mode { get; private set; }
    public bool Active { get; private set; }

    /// <summary>Natural-disaster mode walks warning → response → recovery (EMG-01); the other modes have no phase unless one is given.</summary>
    public EmergencyPhase? Phase { get; private set; }

    /// <summary>EMG-05: the mode runs as a drill and must touch no real customer.</summary>
    public bool Drill { get; private set; }

    public DateTimeOffset? Since { get; private set; }

    /// <summary>Why the latest change was made.</summary>
    public string? Reason { get; private set; }

    /// <summary>For mass-complaint mode, the issue that triggered it (EMG-03).</summary>
    public string? IssueKey { get; private set; }

    public string? ChangedBy { get; private set; }
    public DateTimeOffset? ChangedAt { get; private set; }

    public static EmergencyModeState Inactive(EmergencyMode mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown emergency mode.");
        }

        return new EmergencyModeState { Mode = mode };
    }

    /// <summary>
    /// Turns the mode on, or changes the phase, reason or issue of a mode already on (logged as
    /// <c>phase</c>). A drill cannot take over a real emergency, nor a real one silently
    /// continue as a drill: the mode must be deactivated first.
    /// </summary>
    public EmergencyLogEntry Activate(
        string reason, EmergencyPhase? phase, bool drill, string? issueKey, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A mode change needs a reason (EMG-07).", nameof(reason));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (phase is { } p && !Enum.IsDefined(p))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase.");
        }

        string action;
        if (Active)
        {
            if (drill != Drill)
            {
                throw new InvalidTransitionException(
                    "activate",
                    StatusName,
                    $"The {WireNames.ToWire(Mode)} mode is already active as {(Drill ? "a drill" : "a real emergency")}; deactivate it before starting {(drill ? "a drill" : "a real emergency")}.");
            }

            action = EmergencyLogEntry.PhaseAction;
            Phase = phase ?? Phase;
            IssueKey = issueKey ?? IssueKey;
        }
        else
        {
            action = EmergencyLogEntry.ActivateAction;
            Active = true;
            Drill = drill;
            Since = at;
            // A natural disaster is announced before it hits, so its mode starts at warning (EMG-01).
            Phase = phase ?? (Mode == EmergencyMode.Weather ? EmergencyPhase.Warning : null);
            IssueKey = issueKey;
        }

        Reason = reason;
        ChangedBy = actor;
        ChangedAt = at;
        return new EmergencyLogEntry(Mode, action, Phase, Drill, reason, actor, at, IssueKey);
    }

    public EmergencyLogEntry Deactivate(string reason, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A mode change needs a reason (EMG-07).", nameof(reason));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!Active)
        {
            throw new InvalidTransitionException(
                "deactivate", StatusName, $"The {WireNames.ToWire(Mode)} mode is not active.");
        }

        // The entry keeps the drill flag and issue of what is ending, so the log reads whole.
        var entry = new EmergencyLogEntry(Mode, EmergencyLogEntry.DeactivateAction, null, Drill, reason, actor, at, IssueKey);
        Active = false;
        Phase = null;
        Drill = false;
        Since = null;
        IssueKey = null;
        Reason = reason;
        ChangedBy = actor;
        ChangedAt = at;
        return entry;
    }

    /// <summary>Lower-case status for <see cref="InvalidTransitionException.CurrentStatus"/>.</summary>
    private string StatusName => Active ? "active" : "inactive";
}
