using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
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
public sealed partial class SupervisorBoard : IAsyncDisposable
{
    private BoardSnapshot? _snapshot;
    private BoardFilter _filter = new();
    private IDisposable? _subscription;
    private int _renders;
    private AlertSound? _sound;
    private string? _shownAgent;
    private IJSObjectReference? _boardScript;
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
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required ILogger<SupervisorBoard> Logger { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required Microsoft.Extensions.Options.IOptions<BoardOptions> Options { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    [Inject]
    public required IStringLocalizer<ClockResource> ClockText { get; init; }

    /// <summary>How often the board rendered: a burst of changes should add a few, not one per change.</summary>
    public int RenderCount => _renders;

    /// <summary>The agent whose queue the search opened, if any.</summary>
    public string? ShownAgent => _shownAgent;

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

    /// <summary>A contact moves only after the supervisor confirmed whom it goes to (issue 10: a pick in a live list is easily a slip).</summary>
    private async Task OnMoveRequestedAsync(ContactMove move)
    {
        var contact = Describe(move.Contact);
        var to = AgentName(move.ToAgentCode);
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["MoveConfirmTitle"], L["MoveConfirm", contact, AgentName(move.Contact.AgentCode), to], yesText: L["MoveConfirmYes"], cancelText: L["Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        var result = await Actions.MoveContactAsync(move.Contact.Id, move.ToAgentCode, Viewer.Actor);
        Report(result.Succeeded, result, L["MovedTo", contact, to]);
    }

    /// <summary>A search hit on the board itself: clear the filters, open the agent's queue and bring it into view.</summary>
    private async Task RevealAsync(BoardSearchHit hit)
    {
        _filter = new BoardFilter();
        string selector;
        if (hit.AgentCode is { } code)
        {
            _shownAgent = code;
            selector = $"[data-testid=agent-row][data-agent=\"{code}\"]";
        }
        else
        {
            selector = $"[data-testid=waiting-contact][data-contact-id=\"{hit.Id}\"]";
        }

        StateHasChanged();
        await Task.Yield(); // let the opened row render before the browser scrolls to it
        try
        {
            _boardScript ??= await JS.InvokeAsync<IJSObjectReference>("import", "./assets/board.js");
            await _boardScript.InvokeVoidAsync("reveal", selector);
        }
        catch (JSException ex)
        {
            Logger.LogDebug(ex, "Could not scroll to {Selector}", selector);
        }
    }

    /// <summary>A contact as a supervisor knows it: its waybill if it has one, else the masked customer and the topic.</summary>
    private string Describe(BoardContactRow contact) =>
        contact.WaybillNo ?? string.Join(' ', new[] { contact.MaskedCustomer, contact.Topic }.Where(p => !string.IsNullOrEmpty(p)));

    private string AgentName(string? code) => code is null
        ? L["Unassigned"]
        : _snapshot?.AgentNameOf(code) is { } name ? $"{name} ({code})" : code;

    private async Task OnStatusChangeRequestedAsync(AgentStatusChange change)
    {
        var result = await Actions.ChangeStatusAsync(change.Agent.Code, change.Status, Viewer.Actor);
        // A busy agent set available stays on contact: report the status it really has now.
        var now = result.Succeeded ? result.Value : change.Status;
        Report(result.Succeeded, result, L["StatusChanged", change.Agent.Name, L[$"Status_{WireNames.ToWire(now)}"]]);
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


    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_boardScript is not null)
        {
            try
            {
                await _boardScript.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }
}
