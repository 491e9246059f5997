using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// One mode on the coordinator screen. Every switch (on, off, a weather phase) needs the reason typed in the
/// card (EMG-07); without one the field says so and nothing is sent. The service decides; the card reports.
/// </summary>
public sealed partial class ModeCard
{
    private static readonly string[] Phases = [.. Enum.GetValues<EmergencyPhase>().Select(WireNames.ToWire)];

    private string? _reason;
    private string? _issueKey;
    private string? _reasonError;
    private string? _failure;
    private bool _asDrill;
    private bool _busy;

    /// <summary>The mode as the service reports it.</summary>
    [Parameter, EditorRequired]
    public EmergencyModeResource Mode { get; set; } = default!;

    /// <summary>Whether the viewer may switch (coordinator, admin); otherwise the card only shows.</summary>
    [Parameter]
    public bool CanSwitch { get; set; }

    /// <summary>Who switches, for the log.</summary>
    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    /// <summary>Raised after the service accepted a switch, with the mode as it is now.</summary>
    [Parameter]
    public EventCallback<EmergencyModeResource> Switched { get; set; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required ICoordinatorService Coordinator { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IStringLocalizer<CoordinatorResource> L { get; init; }

    private bool IsWeather => Mode.Mode == WireNames.ToWire(EmergencyMode.Weather);

    private bool IsMassComplaint => Mode.Mode == WireNames.ToWire(EmergencyMode.MassComplaint);

    private string StateClass => !Mode.Active ? "sc-mode--off" : Mode.Drill ? "sc-mode--drill" : "sc-mode--live";

    /// <summary>The mode's own page: weather, outage, and the mass-complaint incident.</summary>
    private string DetailHref => IsMassComplaint ? "/emergency/mass" : $"/emergency/{Mode.Mode}";

    private static string Flag(bool value) => value ? "true" : "false";

    private string FormatTime(DateTimeOffset? at) => at is { } value ? Clock.ToLocal(value).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    private string ActorName(string? actor) => actor == Actor.System.Name ? L["SystemActor"] : actor is null ? "—" : Staff.NameOf(actor);

    private void OnReasonEdited()
    {
        if (!string.IsNullOrWhiteSpace(_reason))
        {
            _reasonError = null;
        }
    }

    private Task OnSwitchOnAsync() => SwitchAsync(
        reason => Coordinator.ActivateAsync(Mode.Mode, new EmergencyActivateRequest(reason, null, _asDrill, Blank(_issueKey)), Actor));

    // A phase change keeps the mode's drill flag: a drill cannot turn real by moving on (the domain refuses it).
    private Task OnPhaseAsync(string phase) => SwitchAsync(
        reason => Coordinator.ActivateAsync(Mode.Mode, new EmergencyActivateRequest(reason, phase, Mode.Drill, null), Actor));

    private Task OnSwitchOffAsync() => SwitchAsync(
        reason => Coordinator.DeactivateAsync(Mode.Mode, new EmergencyDeactivateRequest(reason), Actor));

    // No toast on success: the card, the bar above every screen and the log line all change at once.
    private async Task SwitchAsync(Func<string, Task<OperationResult<EmergencyModeResource>>> change)
    {
        _failure = null;
        if (!CanSwitch || _busy)
        {
            return;
        }

        if (Blank(_reason) is not { } reason)
        {
            _reasonError = L["ReasonRequired"];
            return;
        }

        _busy = true;
        try
        {
            var result = await change(reason);
            if (result is { Succeeded: true, Value: { } now })
            {
                (_reason, _issueKey, _reasonError, _asDrill) = (null, null, null, false);
                await Switched.InvokeAsync(now);
            }
            else if (result.Errors?.ContainsKey("reason") == true)
            {
                _reasonError = L["ReasonRequired"];
            }
            else
            {
                _failure = L["SwitchFailed", Messages.Problem(result)];
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
