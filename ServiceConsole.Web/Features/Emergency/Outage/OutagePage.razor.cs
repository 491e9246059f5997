using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02's screen: report the outage, the 5-minute report clock and its acknowledgement, the customer message, the
/// waiting customers, the restore with its notice and the recovery calls, kept live from the change feed.
/// </summary>
public sealed partial class OutagePage
{
    private OutageResource? _outage;
    private bool _loaded;
    private bool _busy;
    private string? _description;
    private string? _descriptionError;
    private string? _restoreReason;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required OutageService Outages { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required PolicyOptions Policy { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    [Inject]
    public required ILogger<OutagePage> Logger { get; init; }

    private Actor Actor => Viewer.Actor;

    /// <summary>Supervisors (and coordinators, admins) confirm the report to the technical team and declare the restore.</summary>
    private bool CanLead => Viewer.May(Policies.LeadEmergency);

    private string State => _outage switch
    {
        { Open: true } => "down",
        not null => "restored",
        _ => "none",
    };

    private int ReportMinutes => Policy.Emergency.OutageReportMinutes;

    private int CallbackHours => Policy.Emergency.OutageRecoveryCallbackHours;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
    }

    private static bool Follows(LiveChange change) =>
        change is EmergencyChanged or EmergencyNoticePublished or ClockAlertRaised
        or TaskAssigned { Task.RuleId: "EMG-02" };

    private async Task LoadAsync()
    {
        _outage = await Outages.CurrentAsync(Actor);
        _loaded = true;
    }

    private Task ReportAsync() => RunAsync(async () =>
    {
        var result = await Outages.ReportAsync(new OutageReportRequest(_description, null), Actor);
        _descriptionError = result.Errors?.ContainsKey("description") == true ? Messages.Field("description", L) : null;
        if (result.Succeeded)
        {
            _description = null;
        }

        return result;
    });

    private Task AcknowledgeAsync() => RunAsync(() => Outages.AcknowledgeAsync(Actor));

    private Task RestoreAsync() => RunAsync(() => Outages.RestoreAsync(new OutageRestoreRequest(_restoreReason), Actor));

    private async Task RunAsync(Func<Task<OperationResult<OutageResource>>> action)
    {
        _busy = true;
        try
        {
            var result = await action();
            if (result.Status == OperationStatus.Conflict || result.Status == OperationStatus.Forbidden)
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
