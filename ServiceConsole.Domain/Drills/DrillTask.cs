using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: a task created during a drill, as the drill report needs it: who had it, when it was
/// created, due and done, and by whom. Whoever completes it has responded.
/// </summary>
public sealed record DrillTask(string What, string? AssignedTo, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, DateTimeOffset? DoneAt, string? DoneBy)
{
    /// <summary>Done after its due time, or still open after it at <paramref name="end"/>.</summary>
    public bool IsLate(DateTimeOffset end) => DueAt is { } due && (DoneAt is { } done ? done > due : end > due);

    /// <summary>The agent who did it: the one recorded, else the one it was assigned to.</summary>
    public string? Responder => DoneAt is null ? null : DoneBy ?? AssignedTo;

    /// <summary>A recovery callback (EMG-01/02); the task records no doer, so its agent is taken.</summary>
    public static DrillTask From(CallbackTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new DrillTask($"callback:{WireNames.ToWire(task.Kind)}", task.AgentCode, task.CreatedAt, task.DueAt, task.DoneAt, task.AgentCode);
    }

    /// <summary>A complainant notification (EMG-04); it has no deadline of its own.</summary>
    public static DrillTask From(MassNotificationTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new DrillTask("notification", task.AssignedTo, task.CreatedAt, null, task.DoneAt, task.DoneBy);
    }

    /// <summary>A return or redirect request (EMG-01); recorded by one agent, handled by another.</summary>
    public static DrillTask From(WeatherRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DrillTask(
            $"weather-request:{WireNames.ToWire(request.Kind)}", request.RecordedBy, request.RecordedAt, null, request.DoneAt, request.DoneBy);
    }
}
