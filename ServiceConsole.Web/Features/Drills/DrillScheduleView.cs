using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>One drill schedule as the drills page lists it; <see cref="NextFireAt"/> is what Quartz will do, not what the cron says.</summary>
public sealed record DrillScheduleView(
    Guid Id,
    EmergencyMode Mode,
    string CronExpression,
    bool Enabled,
    string? Note,
    string EditedBy,
    DateTimeOffset EditedAt,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? NextFireAt);
