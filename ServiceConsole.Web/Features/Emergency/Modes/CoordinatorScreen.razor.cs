using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// The coordinator's screen. Coordinators and admins switch the modes (with a reason, EMG-07); a supervisor
/// sees the same screen without the switches. Every mode change, made here, through the API or by the
/// mass-complaint detector, reloads the modes and the log in coalesced bursts.
/// </summary>
public sealed partial class CoordinatorScreen
{
    /// <summary>How many log lines the screen shows; older ones stay in the database.</summary>
    public const int LogSize = 50;

    private IReadOnlyList<EmergencyModeResource>? _modes;
    private IReadOnlyList<EmergencyLogItem> _log = [];

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    private Actor Actor => Viewer.Actor;

    private bool CanSwitch => Viewer.May(Policies.SwitchModes);

    [Inject]
    public required ICoordinatorService Coordinator { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IStringLocalizer<CoordinatorResource> L { get; init; }

    [Inject]
    public required ILogger<CoordinatorScreen> Logger { get; init; }

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
    }

    private static bool Follows(LiveChange change) =>
        change is EmergencyChanged;

    private async Task LoadAsync()
    {
        _modes = await Coordinator.GetModesAsync();
        _log = await Coordinator.GetLogAsync(LogSize);
    }

    /// <summary>The change feed brings the switch too, but the person who made it should not wait for the quiet interval.</summary>
    private async Task OnSwitchedAsync(EmergencyModeResource mode) => await LoadAsync();
}
