using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Complaints;

public sealed partial class ComplaintDeskPage
{
    private IReadOnlyList<ComplaintResource> _complaints = [];
    private IReadOnlyList<OwnerLoad>? _loads;
    private ComplaintResource? _selected;

    /// <summary>A supervisor reads this owner's complaints (agent code or login); the viewer's own otherwise.</summary>
    [SupplyParameterFromQuery(Name = "owner")]
    public string? Owner { get; set; }

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required IComplaintWorkload Workload { get; init; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    [Inject]
    public required OutletDirectory Outlets { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    private bool SeesEveryone => Viewer.May(Policies.AssignComplaints);

    private bool MayAct => ComplaintPermissions.MayAct(Viewer.User);

    protected override Task OnParametersSetAsync() => LoadAsync();

    // The desk follows every change of a complaint its owner carries, and every change at all for a supervisor.
    private bool Follows(LiveChange change) =>
        change is ComplaintChanged changed && (SeesEveryone || changed.Complaint.Assignee == Me || changed.PreviousAssignee == Me);

    private string Me => Viewer.Actor.AgentCode ?? Viewer.Actor.Name;

    private async Task LoadAsync()
    {
        var owner = SeesEveryone ? Owner : null;
        _complaints = owner is null ? await Workload.OwnAsync(Viewer.Actor) : await Workload.OfAsync(owner);
        _loads = SeesEveryone ? await Workload.LoadsAsync() : null;
        _selected = _selected is { } selected ? _complaints.FirstOrDefault(c => c.Id == selected.Id) : _complaints.FirstOrDefault();
    }

    private void Select(ComplaintResource complaint) => _selected = complaint;

    private void OnChanged(ComplaintResource complaint)
    {
        _selected = complaint;
        _complaints = [.. _complaints.Select(c => c.Id == complaint.Id ? complaint : c)];
    }

    private Task ShowOwnerAsync(string owner)
    {
        Navigation.NavigateTo($"desk?owner={Uri.EscapeDataString(owner)}");
        return Task.CompletedTask;
    }
}
