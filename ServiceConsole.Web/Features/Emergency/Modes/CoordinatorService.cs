using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>The screen's view of <see cref="EmergencyService"/> (the same rules the API applies) and of the log.</summary>
public sealed class CoordinatorService(EmergencyService emergency, EmergencyLogService log) : ICoordinatorService
{
    public Task<IReadOnlyList<EmergencyModeResource>> GetModesAsync(CancellationToken cancellationToken = default) =>
        emergency.GetAllAsync(cancellationToken);

    public Task<IReadOnlyList<EmergencyLogItem>> GetLogAsync(int count, CancellationToken cancellationToken = default) =>
        log.GetRecentAsync(count, cancellationToken);

    public Task<OperationResult<EmergencyModeResource>> ActivateAsync(
        string mode, EmergencyActivateRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        emergency.ActivateAsync(mode, request, actor, cancellationToken);

    public Task<OperationResult<EmergencyModeResource>> DeactivateAsync(
        string mode, EmergencyDeactivateRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        emergency.DeactivateAsync(mode, request, actor, cancellationToken);
}
