using ServiceConsole.Web.Features.Emergency;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>Serves the emergency scripts a test sets; none by default, as when no emergency is on.</summary>
internal sealed class FakeEmergencyScriptSource : IEmergencyScriptSource
{
    public List<EmergencyScript> Scripts { get; } = [];

    public int Reads { get; private set; }

    public Task<IReadOnlyList<EmergencyScript>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<EmergencyScript>>([.. Scripts]);
    }
}
