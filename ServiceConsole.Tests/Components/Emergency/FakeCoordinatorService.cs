using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>
/// The modes in memory, switched through the real domain state (so a drill cannot take over a real mode and a
/// change needs a reason), logged, and published on the change feed the way the real service publishes them.
/// </summary>
internal sealed class FakeCoordinatorService(ChangeFeed feed, TimeProvider time) : ICoordinatorService
{
    private readonly Dictionary<EmergencyMode, EmergencyModeState> _states =
        Enum.GetValues<EmergencyMode>().ToDictionary(m => m, EmergencyModeState.Inactive);

    private readonly List<EmergencyLogItem> _log = [];

    /// <summary>Every switch asked for, in order: (mode, action, reason, phase, drill, actor).</summary>
    public List<(string Mode, string Action, string? Reason, string? Phase, bool Drill, string Actor)> Calls { get; } = [];

    public EmergencyModeResource Mode(EmergencyMode mode) => _states[mode].ToResource();

    public Task<IReadOnlyList<EmergencyModeResource>> GetModesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EmergencyModeResource>>([.. _states.Values.Select(s => s.ToResource())]);

    public Task<IReadOnlyList<EmergencyLogItem>> GetLogAsync(int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EmergencyLogItem>>([.. _log.OrderByDescending(e => e.At).Take(count)]);

    public Task<OperationResult<EmergencyModeResource>> ActivateAsync(
        string mode, EmergencyActivateRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Calls.Add((mode, "activate", request.Reason, request.Phase, request.Drill ?? false, actor.Name));
        EmergencyPhase? phase = request.Phase is { } wire && WireNames.TryParseEmergencyPhase(wire, out var parsed) ? parsed : null;
        return Task.FromResult(Change(mode, state => state.Activate(
            request.Reason ?? "", phase, request.Drill ?? false, request.IssueKey, actor.Name, time.GetUtcNow())));
    }

    public Task<OperationResult<EmergencyModeResource>> DeactivateAsync(
        string mode, EmergencyDeactivateRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        Calls.Add((mode, "deactivate", request.Reason, null, false, actor.Name));
        return Task.FromResult(Change(mode, state => state.Deactivate(request.Reason ?? "", actor.Name, time.GetUtcNow())));
    }

    /// <summary>Switches a mode off behind the screens' backs: no change-feed event, as if it had not arrived yet.</summary>
    public void DeactivateSilently(EmergencyMode mode, string reason) =>
        _states[mode].Deactivate(reason, "elsewhere", time.GetUtcNow());

    private OperationResult<EmergencyModeResource> Change(string wire, Func<EmergencyModeState, EmergencyLogEntry> change)
    {
        if (!WireNames.TryParseEmergencyMode(wire, out var mode))
        {
            return OperationResult<EmergencyModeResource>.Invalid("mode", $"Unsupported mode '{wire}'.");
        }

        var state = _states[mode];
        try
        {
            _log.Add(EmergencyLogItem.From(change(state)));
        }
        catch (InvalidTransitionException ex)
        {
            return OperationResult<EmergencyModeResource>.Conflict(ex.Message);
        }
        catch (ArgumentException ex)
        {
            return OperationResult<EmergencyModeResource>.Invalid(ex.ParamName ?? "reason", ex.Message);
        }

        var resource = state.ToResource();
        feed.Publish(new EmergencyChanged(resource));
        return OperationResult<EmergencyModeResource>.Ok(resource);
    }
}
