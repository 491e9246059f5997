using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01 on weather-mode changes, whoever makes them: each phase pushes its script to every agent (warning: the
/// delay script; response: the hub and the 2–3 day estimate; recovery: the callback script), and entering recovery
/// creates the callbacks owed to every affected customer.
/// </summary>
public sealed class WeatherModeHandler(ServiceScripts scripts, WeatherRecovery recovery, EmergencyNotices notices) : IEmergencyModeHandler
{
    public EmergencyMode Mode => EmergencyMode.Weather;

    public async Task OnChangedAsync(EmergencyLogEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        if (entry.Action == EmergencyLogEntry.DeactivateAction || entry.Phase is not { } phase)
        {
            return;
        }

        if (phase == EmergencyPhase.Recovery)
        {
            await recovery.SweepAsync(cancellationToken);
        }

        // The log entry carries the hub as it stood after this change (the mode's issueKey).
        var script = Script(scripts, phase, entry.IssueKey);
        notices.Publish(EmergencyMode.Weather, EmergencyNotices.WeatherPhase(phase), script, "EMG-01", entry.At, entry.Drill);
    }

    /// <summary>The script of a phase; null in the response phase while no hub is named, as the policy wants the hub said.</summary>
    public static string? Script(ServiceScripts scripts, EmergencyPhase phase, string? hub) =>
        phase == EmergencyPhase.Response && string.IsNullOrWhiteSpace(hub) ? null : scripts.WeatherScript(phase, hub);
}
