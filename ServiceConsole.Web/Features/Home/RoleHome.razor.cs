using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Live;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Web.Features.Home;

/// <summary>Each role's landing page: the centre's live numbers, refreshed from the change feed in coalesced bursts.</summary>
public sealed partial class RoleHome
{
    private DashboardSummary? _summary;
    private DateTimeOffset _updated;

    [Inject]
    public required IStringLocalizer<SharedResource> L { get; init; }

    [Inject]
    public required DashboardService Dashboard { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    private double ComplianceTarget => Policy.Value.Service.ResponseComplianceTarget;

    protected override Task OnInitializedAsync() => LoadAsync();

    // The centre's numbers move with every change anywhere.
    private static bool Follows(LiveChange change) => true;

    private async Task LoadAsync()
    {
        _summary = await Dashboard.SummaryAsync();
        _updated = Clock.Now;
    }
}
