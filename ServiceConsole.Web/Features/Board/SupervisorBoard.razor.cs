using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Domain;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Alerts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// The supervisor board. It takes the shared live snapshot (coalesced for all boards by
/// <see cref="LiveBoardState"/>), keeps its own filters and expanded rows across updates, and
/// hands the supervisor's actions to <see cref="ISupervisorActions"/>. Countdowns tick in the browser.
/// </summary>
public sealed partial class SupervisorBoard : IDisposable
{
    private BoardSnapshot? _snapshot;
    private BoardFilter _filter = new();
    private IDisposable? _subscription;
    private int _renders;
    private AlertSound? _sound;
    private CultureInfo _culture = CultureInfo.CurrentCulture;
    private CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required LiveBoardState Board { get; init; }

    [Inject]
    public required ISupervisorActions Actions { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    [Inject]
    public required IStringLocalizer<ClockResource> ClockText { get; init; }

    /// <summary>How often the board rendered: a burst of changes should add a few, not one per change.</summary>
    public int RenderCount => _renders;

    /// <summary>The filters in force (kept across live updates).</summary>
    public BoardFilter Filter => _filter;

    protected override async Task OnInitializedAsync()
    {
        // Snapshots arrive on a pool thread with whatever culture it carries; render them in the viewer's.
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        _snapshot = await Board.GetAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        _renders++;
        if (!firstRender)
        {
            return;
        }

        _subscription = Board.Subscribe(snapshot => InvokeAsync(() =>
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
            AnnounceNewBreaches(_snapshot, snapshot);
            _snapshot = snapshot;
            StateHasChanged();
        }));
    }

    /// <summary>
    /// A breach that arrived since the last snapshot pops up once with a short sound (unless muted): a burst of
    /// first-response breaches as one toast ("12 个咨询超时"), others one each; warnings stay in the alert list.
    /// </summary>
    private void AnnounceNewBreaches(BoardSnapshot? previous, BoardSnapshot next)
    {
        if (previous is null)
        {
            return;
        }

        var seen = previous.RecentAlerts.Select(a => a.Id).ToHashSet();
        var fresh = next.RecentAlerts.Where(a => a.IsBreach && !a.Drill && !seen.Contains(a.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var contacts = fresh.Where(AlertLine.IsFirstResponseBreach).ToList();
        if (contacts.Count > 1)
        {
            Snackbar.Add(ClockText["ContactBreachGroup", contacts.Count], MudBlazor.Severity.Error);
        }

        foreach (var alert in fresh.Except(contacts.Count > 1 ? contacts : []).Take(3))
        {
            Snackbar.Add(ClockText["AlertToast", ClockText[$"Clock_{alert.Clock}"], alert.Subject], MudBlazor.Severity.Error);
        }

        _ = _sound?.PlayAsync();
    }

    private void OnFilterChanged(BoardFilter filter) => _filter = filter;

    private async Task OnMoveRequestedAsync(ContactMove move)
    {
        var result = await Actions.MoveContactAsync(move.Contact.Id, move.ToAgentCode, Viewer.Actor);
        Report(result.Succeeded, result, L["MovedTo", move.Contact.ExternalId, move.ToAgentCode]);
    }

    private async Task OnStatusChangeRequestedAsync(AgentStatusChange change)
    {
        var result = await Actions.ChangeStatusAsync(change.Agent.Code, change.Status, Viewer.Actor);
        // A busy agent set available stays on contact: report the status it really has now.
        var now = result.Succeeded ? result.Value : change.Status;
        Report(result.Succeeded, result, L["StatusChanged", change.Agent.Code, L[$"Status_{WireNames.ToWire(now)}"]]);
    }

    private void Report<T>(bool succeeded, OperationResult<T> result, string success)
    {
        if (succeeded)
        {
            Snackbar.Add(success, MudBlazor.Severity.Success);
            return;
        }

        Snackbar.Add(L["ActionFailed", Messages.Problem(result)], MudBlazor.Severity.Warning);
    }


    public void Dispose() => _subscription?.Dispose();
}
