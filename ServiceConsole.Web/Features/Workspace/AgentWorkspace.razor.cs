using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>
/// The agent's screen: their own queue and tasks, kept live from the change feed (coalesced), the scripts
/// and checklists, and complaint registration. Every change goes through the API's services as the agent.
/// </summary>
public sealed partial class AgentWorkspace : IAsyncDisposable
{
    // Short enough that a pushed task shows well within a second, long enough to fold a burst into one query.
    private static readonly TimeSpan RefreshDelay = TimeSpan.FromMilliseconds(150);

    private IReadOnlyList<ContactResource> _queue = [];
    private IReadOnlyList<WorkspaceTask> _tasks = [];
    private HashSet<Guid> _knownTasks = [];
    private readonly HashSet<Guid> _freshTasks = [];
    private readonly HashSet<Guid> _ownPromises = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<ClockAlertResource> _alerts = new();
    private DateTimeOffset _now;
    private Guid? _selectedId;
    private bool _busy;
    private int _tab;
    private IDisposable? _subscription;
    private CoalescingRefresher? _queueRefresher;
    private CoalescingRefresher? _taskRefresher;
    private IJSObjectReference? _sound;

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    public required IAgentWorkspaceService Workspace { get; init; }

    [Inject]
    public required ChangeFeed Feed { get; init; }

    [Inject]
    public required WorkspaceClock Clock { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required IStringLocalizer<WorkspaceResource> L { get; init; }

    [Inject]
    public required IStringLocalizer<ClockResource> ClockText { get; init; }

    [Inject]
    public required ILogger<AgentWorkspace> Logger { get; init; }

    private Actor Actor { get; set; } = Actor.System;

    private int WaitingCount => _queue.Count(c => c.Status == "waiting");

    /// <summary>The contact the scripts act on: the one clicked, else the one in conversation.</summary>
    private ContactResource? SelectedContact =>
        _queue.FirstOrDefault(c => c.Id == _selectedId) ?? _queue.FirstOrDefault(c => c.Status == "answered");

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            Actor = Actor.FromPrincipal((await AuthenticationState).User);
        }

        await LoadQueueAsync();
        await LoadTasksAsync(notify: false);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // The refreshers render in this circuit's culture, captured here, whoever published the change.
        _queueRefresher = new CoalescingRefresher(RefreshDelay, Clock.Time, () => InvokeAsync(async () =>
        {
            await LoadQueueAsync();
            StateHasChanged();
        }), OnRefreshFailed);
        _taskRefresher = new CoalescingRefresher(RefreshDelay, Clock.Time, () => InvokeAsync(async () =>
        {
            await LoadTasksAsync(notify: true);
            StateHasChanged();
        }), OnRefreshFailed);
        _subscription = Feed.Subscribe(OnChange);

        // Catch what changed between the first load and the subscription.
        _queueRefresher.RefreshNow();
        _taskRefresher.RefreshNow();
        try
        {
            _sound = await JS.InvokeAsync<IJSObjectReference>("import", "./assets/workspace.js");
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException)
        {
            Logger.LogDebug(ex, "The workspace sound module did not load; notices stay visible only");
        }
    }

    private void OnChange(LiveChange change)
    {
        if (Actor.AgentCode is not { } me || !change.Concerns(me))
        {
            return; // an agent's screen follows only its own work
        }

        switch (change)
        {
            case ContactChanged:
                _queueRefresher?.Signal();
                break;
            case TaskAssigned or ComplaintChanged:
                _taskRefresher?.Signal();
                break;
            case ClockAlertRaised raised:
                // Announced by the task refresh, which runs in the agent's culture.
                _alerts.Enqueue(raised.Alert);
                _taskRefresher?.Signal();
                break;
        }
    }

    private void OnRefreshFailed(Exception ex) => Logger.LogWarning(ex, "Refreshing the agent workspace failed; the next change retries");

    private async Task LoadQueueAsync()
    {
        _queue = await Workspace.QueueAsync(Actor);
        _now = Clock.Now;
    }

    private async Task LoadTasksAsync(bool notify)
    {
        var tasks = await Workspace.TasksAsync(Actor);
        var pushed = tasks.Where(t => !_knownTasks.Contains(t.Id) && !_ownPromises.Contains(t.Id)).ToList();
        _knownTasks = [.. tasks.Select(t => t.Id)];
        _tasks = tasks;
        _now = Clock.Now;
        if (notify && pushed.Count > 0)
        {
            _freshTasks.UnionWith(pushed.Select(t => t.Id));
            await NotifyAsync(pushed);
        }

        while (_alerts.TryDequeue(out var alert))
        {
            var clock = ClockText[$"Clock_{alert.Clock}"];
            Snackbar.Add(
                alert.Kind == "breach" ? ClockText["AlertToast", alert.RuleId, clock, alert.Subject] : L["DeadlineSoon", clock, alert.Subject, Clock.Local(alert.DueAt)],
                alert.Kind == "breach" ? Severity.Error : Severity.Warning,
                options => options.VisibleStateDuration = 10000);
        }
    }

    private async Task NotifyAsync(IReadOnlyList<WorkspaceTask> pushed)
    {
        foreach (var task in pushed.Take(3))
        {
            Snackbar.Add(L["NewTaskNotice", L[$"Task_{task.Kind}"], task.Subject, Clock.Local(task.DueAt)],
                task.Kind == WorkspaceTaskKind.Verification ? Severity.Warning : Severity.Info,
                options => options.VisibleStateDuration = 8000);
        }

        if (_sound is not null)
        {
            try
            {
                await _sound.InvokeVoidAsync("beep");
            }
            catch (Exception ex) when (ex is JSException or JSDisconnectedException)
            {
                Logger.LogDebug(ex, "The task notice could not beep");
            }
        }
    }

    private void OnSelect(Guid contactId) => _selectedId = contactId;

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        _queueRefresher?.Dispose();
        _taskRefresher?.Dispose();
        if (_sound is not null)
        {
            try
            {
                await _sound.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the module with it.
            }
        }
    }
}
