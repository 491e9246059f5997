using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Data.Entities;

/// <summary>
/// EMG-05: one drill as it ran: which mode, started by whom (a trainer's "run now" or the schedule), when it
/// is due to end and when it did, and its <see cref="Domain.Drills.DrillReport"/> as JSON once it has ended.
/// The drill's contacts and complaints carry <see cref="RecordPrefix"/> in their external id.
/// </summary>
public sealed class DrillRun
{
    public const int MaxFailureLength = 500;

    public Guid Id { get; set; }

    /// <summary>The schedule that started it; null for a drill started without one.</summary>
    public Guid? ScheduleId { get; set; }

    public EmergencyMode Mode { get; set; }

    /// <summary>For a mass-complaint drill, the issue key every drill complaint shares.</summary>
    public string? IssueKey { get; set; }

    /// <summary>The schedule's note at the start: what the trainers wanted rehearsed.</summary>
    public string? Note { get; set; }

    public required string StartedBy { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the drill-end job ends it (start + <c>ServiceConsole:Drills:DurationMinutes</c>).</summary>
    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? EndedBy { get; set; }

    /// <summary>Why the drill could not start (the mode was already on, say); such a run has no report.</summary>
    public string? Failure { get; set; }

    /// <summary>The serialized <see cref="Domain.Drills.DrillReport"/>; null while the drill runs.</summary>
    public string? ReportJson { get; set; }

    public bool IsRunning => EndedAt is null;

    /// <summary>Start of the external id of every contact and complaint the drill created.</summary>
    public string RecordPrefix => RecordPrefixOf(Id);

    public static string RecordPrefixOf(Guid runId) => $"drill-{runId:N}-";
}
