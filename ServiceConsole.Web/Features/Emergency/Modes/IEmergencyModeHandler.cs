using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// Does what a mode change sets off (EMG-01…04): the weather recovery calls, the outage incident, the
/// mass-complaint incident. Called after the change is stored and pushed, whoever made it (coordinator,
/// API, the automatic switch, a drill); a failure is logged and does not undo the change.
/// </summary>
public interface IEmergencyModeHandler
{
    EmergencyMode Mode { get; }

    Task OnChangedAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken);
}
