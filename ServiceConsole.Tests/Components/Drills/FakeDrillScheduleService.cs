using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Drills;

namespace ServiceConsole.Tests.Components.Drills;

/// <summary>Records what the drill screens ask for and answers what a test sets.</summary>
internal sealed class FakeDrillScheduleService : IDrillScheduleService
{
    public List<DrillScheduleEdit> Saves { get; } = [];

    public Func<DrillScheduleEdit, OperationResult<DrillScheduleView>>? SaveResult { get; set; }

    public Task<IReadOnlyList<DrillScheduleView>> ListSchedulesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DrillScheduleView>>([]);

    public Task<OperationResult<DrillScheduleView>> SaveAsync(DrillScheduleEdit edit, Actor actor, CancellationToken cancellationToken = default)
    {
        Saves.Add(edit);
        return Task.FromResult(SaveResult?.Invoke(edit) ?? OperationResult<DrillScheduleView>.Ok(new DrillScheduleView(
            edit.Id ?? Guid.NewGuid(), edit.Mode, edit.CronExpression ?? "", edit.Enabled, edit.Note, actor.Name, DateTimeOffset.UnixEpoch, null, null)));
    }

    public Task<OperationResult<DrillRunView>> RunNowAsync(Guid scheduleId, Actor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<OperationResult<DrillRunView>> EndNowAsync(Guid runId, Actor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DrillRunView>> ListRunsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DrillRunView>>([]);

    public Task<DrillRunView?> GetRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Task.FromResult<DrillRunView?>(null);
}
