using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>
/// The emergency bars above every signed-in screen (EMG-07): a mode switched anywhere (this console, the API,
/// the mass-complaint detector) appears or goes without a reload, through the change feed in coalesced bursts.
/// A page that shows the banners inside its own layout (the board) takes them over through <see cref="Host"/>.
/// </summary>
public sealed partial class GlobalEmergencyBanner : IDisposable
{
    private IReadOnlyList<EmergencyModeResource> _active = [];
    private EmergencyBannerHost? _watchedHost;

    /// <summary>The circuit's banner host; while a page shows its own banners, this bar stays empty.</summary>
    [Parameter, EditorRequired]
    public EmergencyBannerHost Host { get; set; } = new();

    [Inject]
    public required ICoordinatorService Coordinator { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IStringLocalizer<CoordinatorResource> L { get; init; }

    [Inject]
    public required ILogger<GlobalEmergencyBanner> Logger { get; init; }

    /// <summary>The active modes the bar knows of (shown unless a page took the banners over).</summary>
    public IReadOnlyList<EmergencyModeResource> Active => _active;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_watchedHost, Host))
        {
            if (_watchedHost is not null)
            {
                _watchedHost.Changed -= OnHostChanged;
            }

            _watchedHost = Host;
            Host.Changed += OnHostChanged;
        }
    }

    private static bool Follows(LiveChange change) =>
        change is EmergencyChanged;

    private async Task LoadAsync() => _active = [.. (await Coordinator.GetModesAsync()).Where(m => m.Active)];

    private void OnHostChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        if (_watchedHost is not null)
        {
            _watchedHost.Changed -= OnHostChanged;
        }

    }
}
