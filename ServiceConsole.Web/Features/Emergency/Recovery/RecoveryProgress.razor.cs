using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Callbacks;

namespace ServiceConsole.Web.Features.Emergency.Recovery;

/// <summary>The recovery calls of an emergency (EMG-01/02) with their progress; whoever owes a call marks it made here.</summary>
public sealed partial class RecoveryProgress
{
    private bool _busy;

    /// <summary>The calls and their counts.</summary>
    [Parameter, EditorRequired]
    public RecoveryProgressResource Progress { get; set; } = RecoveryProgressResource.None;

    /// <summary>EMG-01 or EMG-02.</summary>
    [Parameter, EditorRequired]
    public string RuleId { get; set; } = "";

    /// <summary>The whole time allowed for a call (1 h, 24 h), against which its countdown turns amber.</summary>
    [Parameter, EditorRequired]
    public TimeSpan Window { get; set; }

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    /// <summary>A call was marked made; the page reloads.</summary>
    [Parameter]
    public EventCallback Completed { get; set; }

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required CallbackService Callbacks { get; init; }

    [Inject]
    public required ViewerTime Clock { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<EmergencyFlowResource> L { get; init; }

    private double Percent => Progress.Total == 0 ? 0 : 100.0 * Progress.Done / Progress.Total;

    private bool MayComplete(RecoveryCallbackResource call) =>
        call.DoneAt is null && (!Actor.ActsOnlyAsAgent || call.AgentCode == Actor.AgentCode);

    private async Task CompleteAsync(Guid id)
    {
        _busy = true;
        try
        {
            // Through the same use case as POST /api/v1/callbacks/{id}/complete: late is recorded as a breach.
            var result = await Callbacks.CompleteAsync(id, null, Actor);
            if (!result.Succeeded)
            {
                Snackbar.Add(Messages.Problem(result), Severity.Warning);
            }

            await Completed.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
