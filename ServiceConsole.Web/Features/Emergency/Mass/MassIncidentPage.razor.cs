using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>
/// The mass-complaint incident (EMG-03/04): apology, clocks, team, plan, one solution for all and the
/// linked complaints, following the change feed so every coordinator sees the same state live.
/// </summary>
public sealed partial class MassIncidentPage
{
    private MassIncidentResource? _incident;
    private bool _loaded;
    private bool _mayAct;
    private IReadOnlyDictionary<string, string[]>? _solutionErrors;

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required MassIncidentService Incidents { get; init; }

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<IncidentResource> L { get; init; }

    private int Threshold => Policy.Value.Emergency.MassComplaintThreshold;

    protected override async Task OnInitializedAsync()
    {
        _mayAct = Viewer.May(Policies.LeadEmergency);
        await LoadAsync();
    }

    private static bool Follows(LiveChange change) => change is IncidentChanged or EmergencyChanged;

    private async Task LoadAsync()
    {
        _incident = await Incidents.CurrentAsync();
        _loaded = true;
    }

    private Task FormTeamAsync(MassTeamResource team) =>
        RunAsync(id => Incidents.FormTeamAsync(id, team.AgentCode, team.SpecialistCode, team.OutletHeadName, Viewer.Actor));

    private Task PublishPlanAsync(string plan) => RunAsync(id => Incidents.PublishPlanAsync(id, plan, Viewer.Actor));

    private Task NotifyAsync((Guid ComplaintId, string Channel) told) => RunAsync(id => Incidents.NotifyAsync(id, told.ComplaintId, told.Channel, Viewer.Actor));

    private async Task ApplySolutionAsync(MassSolutionRequest request)
    {
        var before = _incident?.Complaints.Count(c => c.SolutionAppliedAt is not null) ?? 0;
        var result = await RunAsync(id => Incidents.ApplySolutionAsync(id, request, Viewer.Actor));
        _solutionErrors = result?.Errors is { } errors ? Messages.Fields(result, L).ToDictionary(e => e.Key, e => new[] { e.Value }) : null;
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
            Snackbar.Add(L["Failed", Messages.Problem(result)], Severity.Warning);
        }

        return result;
    }

    private static double Percent(MassIncidentResource m) => m.Total == 0 ? 0 : 100.0 * m.Resolved / m.Total;

    private string Local(DateTimeOffset instant) => Clock.ToLocal(instant).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
}
