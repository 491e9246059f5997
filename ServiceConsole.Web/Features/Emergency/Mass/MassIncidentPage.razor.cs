using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// The mass-complaint incident (EMG-03/04): apology, clocks, team, plan, one solution for all and the
/// linked complaints, following the change feed so every coordinator sees the same state live.
/// </summary>
public sealed partial class MassIncidentPage : IDisposable
{
    private MassIncidentResource? _incident;
    private bool _loaded;
    private bool _mayAct;
    private Actor _actor = Actor.System;
    private IReadOnlyDictionary<string, string[]>? _solutionErrors;
    private LiveRefresh? _live;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    public required MassIncidentService Incidents { get; init; }

    [Inject]
    public required ChangeFeed Feed { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IOptions<BoardOptions> Options { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    [Inject]
    public required ViewerClock Clock { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<IncidentResource> L { get; init; }

    [Inject]
    public required ILogger<MassIncidentPage> Logger { get; init; }

    private int Threshold => Policy.Value.Emergency.MassComplaintThreshold;

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        _actor = Actor.FromPrincipal(user);
        _mayAct = user.Allows(Policies.LeadEmergency);
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _live = new LiveRefresh(
            Feed,
            change => change is IncidentChanged or EmergencyChanged,
            TimeSpan.FromMilliseconds(Options.Value.CoalesceMilliseconds),
            Time,
            () => InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            }),
            ex => Logger.LogWarning(ex, "Refreshing the mass-complaint page failed; the next change retries"));
    }

    private async Task LoadAsync()
    {
        _incident = await Incidents.CurrentAsync();
        _loaded = true;
    }

    private Task FormTeamAsync(MassTeamResource team) =>
        RunAsync(id => Incidents.FormTeamAsync(id, team.AgentCode, team.SpecialistCode, team.OutletHeadName, _actor));

    private Task PublishPlanAsync(string plan) => RunAsync(id => Incidents.PublishPlanAsync(id, plan, _actor));

    private Task NotifyAsync((Guid ComplaintId, string Channel) told) => RunAsync(id => Incidents.NotifyAsync(id, told.ComplaintId, told.Channel, _actor));

    private async Task ApplySolutionAsync(MassSolutionRequest request)
    {
        var before = _incident?.Complaints.Count(c => c.SolutionAppliedAt is not null) ?? 0;
        var result = await RunAsync(id => Incidents.ApplySolutionAsync(id, request, _actor));
        _solutionErrors = result?.Errors;
        if (result is { Succeeded: true, Value: { } after })
        {
            Snackbar.Add(L["SolutionApplied", after.Complaints.Count(c => c.SolutionAppliedAt is not null) - before], Severity.Success);
        }
    }

    private async Task<OperationResult<MassIncidentResource>?> RunAsync(Func<Guid, Task<OperationResult<MassIncidentResource>>> step)
    {
        if (_incident is not { } incident)
        {
            return null;
        }

        var result = await step(incident.Id);
        if (result.Succeeded)
        {
            _incident = result.Value;
            Snackbar.Add(L["Saved"], Severity.Success);
        }
        else
        {
            var reason = result.Detail ?? result.Errors?.Values.SelectMany(v => v).FirstOrDefault() ?? result.Status.ToString();
            Snackbar.Add(L["Failed", reason], Severity.Warning);
        }

        return result;
    }

    private static double Percent(MassIncidentResource m) => m.Total == 0 ? 0 : 100.0 * m.Resolved / m.Total;

    private string Local(DateTimeOffset instant) => Clock.ToLocal(instant).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    public void Dispose() => _live?.Dispose();
}
