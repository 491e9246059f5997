using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Live;
using ServiceConsole.Web.Resources;

namespace ServiceConsole.Web.Features.Home;

/// <summary>Each role's landing page: the centre's live numbers, refreshed from the change feed in coalesced bursts.</summary>
public sealed partial class RoleHome : IDisposable
{
    private DashboardSummary? _summary;
    private DateTime _updatedLocal;
    private IDisposable? _subscription;
    private CoalescingRefresher? _refresher;

    [Inject]
    public required IStringLocalizer<SharedResource> L { get; init; }

    [Inject]
    public required DashboardService Dashboard { get; init; }

    [Inject]
    public required ChangeFeed Feed { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required ILogger<RoleHome> Logger { get; init; }

    [Inject]
    public required IOptions<PolicyOptions> Policy { get; init; }

    [Inject]
    public required Configuration.CentreTimeZone Centre { get; init; }

    private string Company => Policy.Value.Service.CompanyName;

    private double ComplianceTarget => Policy.Value.Service.ResponseComplianceTarget;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _refresher = new CoalescingRefresher(TimeSpan.FromMilliseconds(500), Time, () => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }), ex => Logger.LogWarning(ex, "Refreshing the home page failed; the next change retries"));
        _subscription = Feed.Subscribe(_ => _refresher.Signal());
    }

    private async Task LoadAsync()
    {
        _summary = await Dashboard.SummaryAsync();
        // The centre's own clock until the viewer's time zone arrives with the live board.
        var zone = Centre.Zone;
        _updatedLocal = TimeZoneInfo.ConvertTime(Time.GetUtcNow(), zone).DateTime;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresher?.Dispose();
    }
}
