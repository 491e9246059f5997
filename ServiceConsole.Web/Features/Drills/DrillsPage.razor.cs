using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>EMG-05: the drill schedules (edited and run by trainers), the running drill, and the drills so far.</summary>
public sealed partial class DrillsPage
{
    private IReadOnlyList<DrillScheduleView> _schedules = [];
    private IReadOnlyList<DrillRunView> _runs = [];
    private DrillScheduleView? _edited;
    private bool _editing;
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IStringLocalizer<DrillResource> L { get; init; }

    [Inject]
    public required IDrillScheduleService Drills { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    private Actor Actor => Viewer.Actor;

    private bool CanEdit => Viewer.May(Policies.RunDrills);

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _schedules = await Drills.ListSchedulesAsync();
        _runs = await Drills.ListRunsAsync();
    }

    private void Edit(DrillScheduleView? schedule)
    {
        _edited = schedule;
        _editing = true;
        _message = null;
    }

    private async Task OnSavedAsync(DrillScheduleView saved)
    {
        _editing = false;
        Say(Severity.Success, L["Saved"]);
        await LoadAsync();
    }

    private async Task RunNowAsync(Guid scheduleId)
    {
        await BusyAsync(async () =>
        {
            var result = await Drills.RunNowAsync(scheduleId, Actor);
            Say(result.Succeeded ? Severity.Success : Severity.Error, result.Succeeded ? L["Started"] : L["NotStarted", Messages.Problem(result)]);
        });
    }

    private async Task EndNowAsync(Guid runId)
    {
        await BusyAsync(async () =>
        {
            var result = await Drills.EndNowAsync(runId, Actor);
            Say(result.Succeeded ? Severity.Success : Severity.Error, result.Succeeded ? L["Ended"] : Messages.Problem(result));
        });
    }

    private async Task BusyAsync(Func<Task> action)
    {
        _busy = true;
        try
        {
            await action();
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Say(Severity severity, string message)
    {
        _messageSeverity = severity;
        _message = message;
    }

    private string Local(DateTimeOffset instant) => Clock.Full(instant);
}
