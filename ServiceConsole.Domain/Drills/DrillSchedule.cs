using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: when a monthly drill runs and which mode it rehearses, as trainers edit it. The cron
/// expression is Quartz syntax (seconds first, <c>?</c> for "no specific day"); the domain only
/// checks it is there and not absurdly long: the web layer parses it with Quartz before saving
/// and schedules the job from it. Several schedules may exist (say an outage drill and a
/// mass-complaint drill in alternate months).
/// </summary>
public sealed class DrillSchedule
{
    public const int MaxCronLength = 120;
    public const int MaxNoteLength = 500;

    // For EF Core materialisation only.
    private DrillSchedule()
    {
    }

    public Guid Id { get; private set; }
    public EmergencyMode Mode { get; private set; }
    public string CronExpression { get; private set; } = "";
    public bool Enabled { get; private set; }

    /// <summary>What the trainers want rehearsed this time (shown on the drill banner and report).</summary>
    public string? Note { get; private set; }

    public string EditedBy { get; private set; } = "";
    public DateTimeOffset EditedAt { get; private set; }

    /// <summary>When the scheduler last started a drill from this schedule.</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    /// <param name="cronExpression">Null or blank takes <c>Policy:Emergency:DrillCron</c> (10:00 on the 15th).</param>
    public static DrillSchedule Create(
        Guid id, EmergencyMode mode, string? cronExpression, bool enabled, string? note, PolicyOptions options, string by, DateTimeOffset at)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A drill schedule needs an id.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(options);
        var schedule = new DrillSchedule { Id = id };
        schedule.Edit(
            mode, string.IsNullOrWhiteSpace(cronExpression) ? options.Emergency.DrillCron : cronExpression, enabled, note, by, at);
        return schedule;
    }

    public void Edit(EmergencyMode mode, string cronExpression, bool enabled, string? note, string by, DateTimeOffset at)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown emergency mode.");
        }

        if (string.IsNullOrWhiteSpace(cronExpression))
        {
            throw new ArgumentException("A drill schedule needs a cron expression (EMG-05).", nameof(cronExpression));
        }

        // Whitespace is normalised so the same schedule typed twice compares equal.
        var cron = string.Join(' ', cronExpression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (cron.Length > MaxCronLength)
        {
            throw new ArgumentException($"The cron expression must be at most {MaxCronLength} characters.", nameof(cronExpression));
        }

        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote is { Length: > MaxNoteLength })
        {
            throw new ArgumentException($"The note must be at most {MaxNoteLength} characters.", nameof(note));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Mode = mode;
        CronExpression = cron;
        Enabled = enabled;
        Note = trimmedNote;
        EditedBy = by;
        EditedAt = at;
    }

    /// <summary>The scheduler started a drill. A disabled schedule does not run.</summary>
    public void RecordRun(DateTimeOffset at)
    {
        if (!Enabled)
        {
            throw new InvalidTransitionException("run", "disabled", "The drill schedule is switched off.");
        }

        LastRunAt = at;
    }
}
