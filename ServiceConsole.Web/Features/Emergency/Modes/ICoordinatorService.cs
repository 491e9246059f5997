using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// What the coordinator screen and the global emergency banner need: the three modes, the change log,
/// and the switch itself. The switch refuses a change without a reason (EMG-07) and pushes every
/// accepted one through the change feed.
/// </summary>
public interface ICoordinatorService
{
    /// <summary>The three modes, one entry each, active or not.</summary>
    Task<IReadOnlyList<EmergencyModeResource>> GetModesAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/> mode changes, newest first.</summary>
    Task<IReadOnlyList<EmergencyLogItem>> GetLogAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>Switches a mode on, or changes the phase of a mode already on.</summary>
    Task<OperationResult<EmergencyModeResource>> ActivateAsync(
        string mode, EmergencyActivateRequest request, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<EmergencyModeResource>> DeactivateAsync(
        string mode, EmergencyDeactivateRequest request, Actor actor, CancellationToken cancellationToken = default);
}
