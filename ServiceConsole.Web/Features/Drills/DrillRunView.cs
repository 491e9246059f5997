using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>One drill as the drills page and its report page show it; <see cref="Report"/> is null while it runs or when it failed to start.</summary>
public sealed record DrillRunView(
    Guid Id,
    Guid? ScheduleId,
    EmergencyMode Mode,
    string? Note,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? EndedAt,
    string? EndedBy,
    string? Failure,
    DrillReport? Report)
{
    public bool IsRunning => EndedAt is null;

    public static DrillRunView From(DrillRun run, bool withReport)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new DrillRunView(
            run.Id, run.ScheduleId, run.Mode, run.Note, run.StartedBy, run.StartedAt, run.EndsAt, run.EndedAt, run.EndedBy, run.Failure,
            withReport ? DrillReportJson.Deserialize(run.ReportJson) : null);
    }
}
