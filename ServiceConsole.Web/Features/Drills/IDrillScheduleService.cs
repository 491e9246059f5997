using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>What the drills pages do (EMG-05); the pages check the role (Trainer or Admin edit and run), this does the work.</summary>
public interface IDrillScheduleService
{
    Task<IReadOnlyList<DrillScheduleView>> ListSchedulesAsync(CancellationToken cancellationToken = default);

    /// <summary>Validates (the cron with Quartz, field by field), stores and reschedules; a switched-off schedule loses its trigger.</summary>
    Task<OperationResult<DrillScheduleView>> SaveAsync(DrillScheduleEdit edit, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<DrillRunView>> RunNowAsync(Guid scheduleId, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<DrillRunView>> EndNowAsync(Guid runId, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The latest drills first, without their reports.</summary>
    Task<IReadOnlyList<DrillRunView>> ListRunsAsync(CancellationToken cancellationToken = default);

    Task<DrillRunView?> GetRunAsync(Guid runId, CancellationToken cancellationToken = default);
}
