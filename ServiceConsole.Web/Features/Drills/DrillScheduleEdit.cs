using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>What the schedule editor sends; <see cref="Id"/> null makes a new schedule.</summary>
public sealed record DrillScheduleEdit(Guid? Id, EmergencyMode Mode, string? CronExpression, bool Enabled, string? Note);
