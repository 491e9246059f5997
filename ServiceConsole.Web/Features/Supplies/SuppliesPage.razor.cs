using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>
/// EMG-06: the emergency supplies every signed-in person can see and print: the contact list (coordinators,
/// supervisors and admins edit it) and the paper registration form kept for outages.
/// </summary>
public sealed partial class SuppliesPage
{
    /// <summary>The printable blank form lives with the outage screens; this page links to it.</summary>
    public const string PaperFormPath = "/emergency/outage/paper-form";


    private SuppliesView _supplies = SuppliesView.Empty;
    private (SupplyContactView? Contact, bool Open)? _editing;
    private string? _failure;

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IStringLocalizer<SuppliesResource> L { get; init; }

    [Inject]
    public required ISuppliesService Supplies { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    [CascadingParameter]
    public Viewer Viewer { get; set; } = Viewer.Anonymous;

    private Actor Actor => Viewer.Actor;

    private bool CanEdit => Viewer.May(Policies.LeadEmergency);

    protected override async Task OnInitializedAsync()
    {
        _supplies = await Supplies.GetAsync();
    }

    private void Edit(SupplyContactView? contact)
    {
        _editing = (contact, true);
        _failure = null;
    }

    private void OnSaved(SuppliesView supplies)
    {
        _supplies = supplies;
        _editing = null;
    }

    private async Task RemoveAsync(SupplyContactView contact)
    {
        var result = await Supplies.RemoveContactAsync(contact.Id, Actor);
        _failure = result.Succeeded ? null : Messages.Problem(result);
        _supplies = result.Value ?? await Supplies.GetAsync();
    }

    private string Local(DateTimeOffset instant) =>
        Clock.Full(instant);

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");
}
