using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>One contact of the agent's queue: who, how long until the response is due, and answer or close.</summary>
public sealed partial class QueueItem
{
    private bool? _resolved;
    private int _rating;

    [Inject]
    public required IStringLocalizer<WorkspaceResource> L { get; init; }

    [Parameter, EditorRequired]
    public required ContactResource Contact { get; set; }

    [Parameter]
    public bool Selected { get; set; }

    /// <summary>The agent is serving this contact now (answered, not closed): marked "当前" and kept on top of the queue.</summary>
    [Parameter]
    public bool Current { get; set; }

    /// <summary>True while a change is on its way, so a second click does not send it twice.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<Guid> SelectRequested { get; set; }

    [Parameter]
    public EventCallback<Guid> AnswerRequested { get; set; }

    [Parameter]
    public EventCallback<ContactCloseChoice> CloseRequested { get; set; }

    private bool IsWaiting => Contact.Status == "waiting";

    private int TargetSeconds => Contact.RespondBy is { } due ? (int)Math.Round((due - Contact.ArrivedAt).TotalSeconds) : 0;

    private string ChannelIcon => Contact.Channel switch
    {
        "online" => Icons.Material.Filled.Chat,
        "phone" => Icons.Material.Filled.Phone,
        _ => Icons.Material.Filled.Storefront,
    };

    private Task CloseAsync() =>
        _resolved is { } resolved
            ? CloseRequested.InvokeAsync(new ContactCloseChoice(Contact.Id, resolved, _rating is >= 1 and <= 5 ? _rating : null))
            : Task.CompletedTask;
}
