using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>
/// Complaint registration (CMP-01): the apology first (CMP-13), the privacy sentence (INF-02), then the
/// facts, with severity, deadlines and the quote previewed by the domain as they are typed (CMP-02…07). The customer
/// being served fills the customer fields; the signed-in agent is the registering staff.
/// The service validates; its field errors are shown in the console's language, one message per field.
/// </summary>
public sealed partial class ComplaintForm
{
    private ComplaintDraft _draft = default!;
    private ComplaintPreview? _preview;
    private ComplaintResource? _created;
    private string? _failure;
    private bool _submitting;
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    [Inject]
    public required IStringLocalizer<WorkspaceResource> L { get; init; }

    [Inject]
    public required IAgentWorkspaceService Workspace { get; init; }

    [Inject]
    public required ComplaintPreviewer Previewer { get; init; }

    [Inject]
    public required ServiceScripts Scripts { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required IStaffDirectory Staff { get; init; }

    /// <summary>The signed-in agent, who registers the complaint: nobody types who they are.</summary>
    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    /// <summary>
    /// The contact the agent is serving, if any: its customer's name, phone, waybill and channel fill the form, which
    /// follows it until the agent types another customer.
    /// </summary>
    [Parameter]
    public ContactResource? ServedContact { get; set; }

    /// <summary>A complaint was registered.</summary>
    [Parameter]
    public EventCallback<ComplaintResource> Registered { get; set; }

    protected override void OnInitialized() => Reset();

    protected override void OnParametersSet() => _draft.FollowContact(ServedContact);

    /// <summary>The served contact the customer fields came from, while it is still being served.</summary>
    private ContactResource? PrefilledFrom => ServedContact is { } contact && _draft.ContactId == contact.Id ? contact : null;

    /// <summary>The registering staff as people read them: the signed-in user's display name.</summary>
    private string RegisteredBy => Staff.NameOf(Actor.Name);

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.GetValueOrDefault(field);

    private void Edited(string field)
    {
        if (_errors.Remove(field) && _errors.Count == 0)
        {
            _failure = null;
        }

        _preview = Previewer.Preview(_draft, Clock.Now);
    }

    private void Reset()
    {
        _draft = ComplaintDraft.Start(Clock.Now);
        _draft.FollowContact(ServedContact);
        _errors.Clear();
        _failure = null;
        _preview = null;
    }

    private async Task SubmitAsync()
    {
        _submitting = true;
        _failure = null;
        try
        {
            var result = await Workspace.RegisterComplaintAsync(_draft, Actor);
            _errors.Clear();
            switch (result.Status)
            {
                case OperationStatus.Created or OperationStatus.Ok:
                    _created = result.Value;
                    Reset();
                    await Registered.InvokeAsync(result.Value!);
                    break;
                case OperationStatus.Invalid:
                    foreach (var field in result.Errors?.Keys ?? [])
                    {
                        var message = L[$"Error_{field}"];
                        _errors[field] = message.ResourceNotFound ? L["Error_generic"] : message.Value;
                    }

                    _failure = L["FixMarkedFields"];
                    break;
                default:
                    _failure = L[$"Failed_{result.Status}"];
                    break;
            }
        }
        finally
        {
            _submitting = false;
        }
    }
}
