using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// One complaint's page. It loads through <see cref="IComplaintDesk"/> as the signed-in person (an agent
/// sees only their own complaints, others get "not found"), and follows the change feed for this
/// complaint, coalesced like the board, so a step taken elsewhere shows without a reload.
/// </summary>
public sealed partial class ComplaintDetail : IDisposable
{
    private ComplaintResource? _complaint;
    private bool _loaded;
    private Actor _actor = Actor.System;
    private bool _mayAct;
    private LiveRefresh? _live;

    /// <summary>The complaint's id.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    public required IComplaintDesk Desk { get; init; }

    [Inject]
    public required ChangeFeed Feed { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IOptions<BoardOptions> Options { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    [Inject]
    public required ILogger<ComplaintDetail> Logger { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        _actor = Actor.FromPrincipal(user);
        _mayAct = ComplaintPermissions.MayAct(user);
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // The refresher renders in this circuit's culture, captured here, whoever published the change.
        _live = new LiveRefresh(
            Feed,
            change => change is ComplaintChanged { Complaint.Id: var changed } && changed == Id,
            TimeSpan.FromMilliseconds(Options.Value.CoalesceMilliseconds),
            Time,
            () => InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            }),
            ex => Logger.LogWarning(ex, "Refreshing complaint {ComplaintId} failed; the next change retries", Id));
    }

    private async Task LoadAsync()
    {
        _complaint = await Desk.GetAsync(Id, _actor);
        _loaded = true;
    }

    private Task ReloadAsync() => LoadAsync();

    private void OnChanged(ComplaintResource complaint) => _complaint = complaint;

    public void Dispose() => _live?.Dispose();
}
