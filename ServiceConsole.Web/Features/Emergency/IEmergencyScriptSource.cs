namespace ServiceConsole.Web.Features.Emergency;

/// <summary>What agents must say because of an emergency right now (EMG-01/02), for the workspace's script card.</summary>
public interface IEmergencyScriptSource
{
    Task<IReadOnlyList<EmergencyScript>> ActiveAsync(CancellationToken cancellationToken = default);
}
