using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Tests.Components.Emergency;

/// <summary>
/// bUnit base for the coordinator screen and the global emergency bar: the modes in a fake service over the domain,
/// on the shared console set-up (its clock at 16:00 in the centre).
/// </summary>
public abstract class CoordinatorTestContext : ConsoleComponentTest
{
    protected CoordinatorTestContext()
    {
        Coordinator = new FakeCoordinatorService(Feed, Time);
        Services.AddSingleton<ICoordinatorService>(Coordinator);
    }

    internal FakeCoordinatorService Coordinator { get; }

    protected static string[] CoordinatorRoles { get; } = [Roles.Coordinator];

    /// <summary>A switch made somewhere else (the API, another coordinator), a minute after the previous one.</summary>
    protected async Task<EmergencyModeResource> SwitchOnElsewhereAsync(EmergencyMode mode, string reason, string? phase = null, bool drill = false)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var result = await Coordinator.ActivateAsync(WireNames.ToWire(mode), new EmergencyActivateRequest(reason, phase, drill, null), new Actor("api-caller", null, false));
        return result.Value ?? throw new InvalidOperationException(result.Detail ?? "switch refused");
    }

    protected async Task<EmergencyModeResource> SwitchOffElsewhereAsync(EmergencyMode mode, string reason)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var result = await Coordinator.DeactivateAsync(WireNames.ToWire(mode), new EmergencyDeactivateRequest(reason), new Actor("api-caller", null, false));
        return result.Value ?? throw new InvalidOperationException(result.Detail ?? "switch refused");
    }
}
