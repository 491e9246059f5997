using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// One complaint's page. It loads through <see cref="IComplaintDesk"/> as the viewer (an agent sees only their own
/// complaints, others get "not found"), and follows the change feed for this complaint, so a step taken elsewhere
/// shows without a reload.
/// </summary>
public sealed partial class ComplaintDetail
{
    private ComplaintResource? _complaint;
    private bool _loaded;
    private Guid? _audited;

    /// <summary>The complaint's id.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    [Inject]
    public required IComplaintDesk Desk { get; init; }

    [Inject]
    public required IAuditTrail Audit { get; init; }

    [Inject]
    public required PersonalDataAccess Access { get; init; }

    [Inject]
    public required ViewerAddress Address { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    private bool MayAct => ComplaintPermissions.MayAct(Viewer.User);

    // Back to where the viewer works: the specialist's desk, the agent's workspace, the supervisor's board.
    private bool FromDesk => Viewer.User.IsInRole(Auth.Roles.ComplaintSpecialist);

    private string BackHref => FromDesk ? "desk" : "";

    private string BackText => FromDesk ? L["BackToDesk"] : Viewer.Actor.ActsOnlyAsAgent ? L["BackToWorkspace"] : L["BackToBoard"];

    protected override Task OnParametersSetAsync() => LoadAsync();

    private bool Follows(LiveChange change) => change is ComplaintChanged { Complaint.Id: var changed } && changed == Id;

    private async Task LoadAsync()
    {
        _complaint = await Desk.GetAsync(Id, Viewer.Actor);
        _loaded = true;
        if (_complaint is { } shown && _audited != shown.Id && Viewer.IsSignedIn)
        {
            // INF-05: opening a complaint shows its complainant (masked unless it is the viewer's own): one view row.
            _audited = shown.Id;
            await Audit.RecordAsync(PersonalDataAccess.ViewOf(Viewer.User, shown, Access.SeesInClear(Viewer.User, shown), Address.Value));
        }
    }

    private Task ReloadAsync() => LoadAsync();

    private void OnChanged(ComplaintResource complaint) => _complaint = complaint;
}
