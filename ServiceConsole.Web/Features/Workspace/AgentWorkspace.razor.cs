using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
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

    private IReadOnlyList<ContactResource> _queue = [];

    // The queue split as the agent reads it: the contacts being served (answered, not closed) on top, marked current;
    // then the waiting ones in the service's order, most urgent first.
    private IReadOnlyList<ContactResource> _current = [];
    private IReadOnlyList<ContactResource> _waiting = [];
    private IReadOnlyList<WorkspaceTask> _tasks = [];
    private HashSet<Guid> _knownTasks = [];
    private readonly HashSet<Guid> _freshTasks = [];
    private readonly HashSet<Guid> _ownPromises = [];
    private readonly HashSet<Guid> _audited = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<ClockAlertResource> _alerts = new();
    private DateTimeOffset _now;
    private Guid? _selectedId;
    private bool _busy;
    private int _tab;
    private IJSObjectReference? _sound;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required IAgentWorkspaceService Workspace { get; init; }

    [Inject]
    public required IAuditTrail Audit { get; init; }

    [Inject]
    public required ViewerAddress Address { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

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

    private Actor Actor => Viewer.Actor;

    private int WaitingCount => _waiting.Count;

    /// <summary>The contact the scripts act on: the one clicked, else the one in conversation.</summary>
    private ContactResource? SelectedContact =>
        _queue.FirstOrDefault(c => c.Id == _selectedId) ?? _current.FirstOrDefault();

    /// <summary>The customer being served, whom a complaint is about: the clicked contact if in conversation, else the first one that is.</summary>
    private ContactResource? ServedContact =>
        SelectedContact is { Status: "answered" } selected ? selected : _current.FirstOrDefault();

    protected override async Task OnInitializedAsync()
    {
        await LoadQueueAsync();
        await LoadTasksAsync(notify: false);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            _sound = await JS.InvokeAsync<IJSObjectReference>("import", "./assets/workspace.js");
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException)
        {
            Logger.LogDebug(ex, "The workspace sound module did not load; notices stay visible only");
        }
    }

    // An agent's screen follows only its own work: the queue on contact changes, the tasks on everything else.
    private bool QueueChanged(LiveChange change) => Concerns(change) && change is ContactChanged;

    private bool TasksChanged(LiveChange change) => Concerns(change) && change is TaskAssigned or ComplaintChanged or ClockAlertRaised;

    private bool Concerns(LiveChange change) => Actor.AgentCode is { } me && change.Concerns(me);

    private Task OnQueueChangedAsync() => LoadQueueAsync();

    private Task OnTasksChangedAsync(IReadOnlyList<LiveChange> changes)
    {
        foreach (var raised in changes.OfType<ClockAlertRaised>())
        {
            _alerts.Enqueue(raised.Alert); // announced by the task refresh, which runs in the agent's culture
        }

        return LoadTasksAsync(notify: true);
    }

    private async Task LoadQueueAsync()
    {
        _queue = await Workspace.QueueAsync(Actor);
        _current = [.. _queue.Where(c => c.Status == "answered")];
        _waiting = [.. _queue.Where(c => c.Status == "waiting")];
        _now = Clock.Now;

        // INF-05: the agent reads each customer of their queue in clear; one audit row per contact the screen shows.
        var shown = _queue.Where(c => _audited.Add(c.Id)).Select(c => PersonalDataAccess.ViewOf(Viewer.User, c, clear: true, Address.Value)).ToList();
        if (shown.Count > 0 && Viewer.IsSignedIn)
        {
            await Audit.RecordAsync(shown);
        }
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
                alert.Kind == "breach" ? ClockText["AlertToast", alert.RuleId, clock, alert.Subject] : L["DeadlineSoon", clock, alert.Subject, Clock.Short(alert.DueAt)],
                alert.Kind == "breach" ? Severity.Error : Severity.Warning,
                options => options.VisibleStateDuration = 10000);
        }
    }

    private async Task NotifyAsync(IReadOnlyList<WorkspaceTask> pushed)
    {
        foreach (var task in pushed.Take(3))
        {
            Snackbar.Add(L["NewTaskNotice", L[$"Task_{task.Kind}"], task.Subject, Clock.Short(task.DueAt)],
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
