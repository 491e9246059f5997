using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01's screen: the phase and its script, the hub where parcels wait, the return and redirect requests and the
/// recovery calls, kept live from the change feed. Phases are switched on the coordinator's screen.
/// </summary>
public sealed partial class WeatherPage
{
    private static readonly string[] Phases = ["warning", "response", "recovery"];

    private WeatherResource? _weather;
    private IReadOnlyList<WeatherRequestResource> _requests = [];
    private string? _hub;
    private string? _hubError;
    private bool _busy;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required WeatherService Weather { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required PolicyOptions Policy { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    [Inject]
    public required ILogger<WeatherPage> Logger { get; init; }

    private Actor Actor => Viewer.Actor;

    /// <summary>Supervisors, coordinators and admins name the hub.</summary>
    private bool CanLead => Viewer.May(Policies.LeadEmergency);

    private int CallbackHours => Policy.Emergency.WeatherRecoveryCallbackHours;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
    }

    private static bool Follows(LiveChange change) =>
        change is EmergencyChanged or EmergencyNoticePublished or TaskAssigned { Task.RuleId: "EMG-01" };

    private async Task LoadAsync()
    {
        _weather = await Weather.CurrentAsync(Actor);
        _requests = (await Weather.ListRequestsAsync("all", Actor)).Value ?? [];
        _hub ??= _weather.Hub;
    }

    private async Task SetHubAsync()
    {
        _busy = true;
        try
        {
            var result = await Weather.SetHubAsync(new WeatherHubRequest(_hub, null), Actor);
            _hubError = result.Errors?.ContainsKey("hub") == true ? Messages.Field("hub", L) : null;
            if (result.Status is OperationStatus.Conflict or OperationStatus.Forbidden)
            {
                Snackbar.Add(Messages.Problem(result), Severity.Warning);
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
