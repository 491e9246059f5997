using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Offers the lifecycle steps the complaint's status allows (<see cref="ComplaintActionMenu"/>), runs them
/// through <see cref="IComplaintDesk"/> and reports the outcome: field errors on the form that sent them,
/// a refused transition (409, e.g. two supervisors at once) as an alert with the service's words, after
/// which the page reloads the complaint as it now stands.
/// </summary>
public sealed partial class ComplaintActions
{
    private const string VerifyStep = "verify";
    private const string ProposeStep = "propose";
    private const string AnswerStep = "answer";
    private const string CallbackStep = "callback";
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private string? _errorStep;
    private bool _conflict;
    private string? _conflictStatus;
    private string? _failure;
    private string? _done;
    private bool _busy;

    /// <summary>The complaint as it stands.</summary>
    [Parameter, EditorRequired]
    public ComplaintResource Complaint { get; set; } = default!;

    /// <summary>The signed-in person, who takes the step.</summary>
    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.System;

    /// <summary>The viewer works complaints (<see cref="ComplaintPermissions.MayAct"/>); otherwise the page only reads.</summary>
    [Parameter, EditorRequired]
    public bool MayAct { get; set; }

    /// <summary>A step succeeded; the complaint as the service returned it.</summary>
    [Parameter]
    public EventCallback<ComplaintResource> Changed { get; set; }

    /// <summary>A step was refused because the complaint is not what the page showed: load it again.</summary>
    [Parameter]
    public EventCallback ReloadRequested { get; set; }

    [Inject]
    public required ResultMessages Messages { get; init; }

    [Inject]
    public required IComplaintDesk Desk { get; init; }

    [Inject]
    public required IStringLocalizer<BoardResource> L { get; init; }

    private OfferedActions Offered => MayAct ? ComplaintActionMenu.For(Complaint) : OfferedActions.None;

    private NegotiationRoundResource? OpenRound =>
        Complaint.Rounds.FirstOrDefault(r => r.Outcome == WireNames.ToWire(RoundOutcome.Open));

    // A fresh form after each step (status, round or reopening changed), not after a live refresh that moved nothing.
    private string KeyOf(string step) => $"{step}:{Complaint.Status}:{Complaint.Rounds.Count}:{Complaint.ReopenCount}";

    private IReadOnlyDictionary<string, string[]> ErrorsOf(string step) => _errorStep == step ? _errors : NoErrors;

    private Task VerifyAsync(ComplaintVerifyRequest request) =>
        RunAsync(VerifyStep, "Done_verify", () => Desk.VerifyAsync(Complaint.Id, request, Actor));

    private Task ProposeAsync(ComplaintProposeRequest request) =>
        RunAsync(ProposeStep, "Done_propose", () => Desk.ProposeAsync(Complaint.Id, request, Actor));

    private Task AcceptAsync(ComplaintNoteRequest request) =>
        RunAsync(AnswerStep, "Done_accept", () => Desk.AcceptAsync(Complaint.Id, request, Actor));

    private Task DeclineAsync(ComplaintNoteRequest request) =>
        RunAsync(AnswerStep, "Done_decline", () => Desk.DeclineAsync(Complaint.Id, request, Actor));

    private Task CallbackAsync(ComplaintCallbackRequest request) =>
        RunAsync(CallbackStep, "Done_callback", () => Desk.CallbackAsync(Complaint.Id, request, Actor));

    private async Task RunAsync(string step, string doneKey, Func<Task<OperationResult<ComplaintResource>>> call)
    {
        Dismiss();
        _busy = true;
        try
        {
            var result = await call();
            switch (result.Status)
            {
                case OperationStatus.Ok or OperationStatus.Created:
                    // A callback ends in a close or a reopening; say which.
                    _done = L[step == CallbackStep ? $"{doneKey}_{result.Value!.Status}" : doneKey];
                    await Changed.InvokeAsync(result.Value!);
                    break;
                case OperationStatus.Invalid:
                    _errors = result.Errors ?? NoErrors;
                    _errorStep = step;
                    _failure = L["FixMarkedFields"];
                    break;
                case OperationStatus.Conflict:
                    _conflict = true;
                    _conflictStatus = ResultMessages.CurrentStatus(result);
                    await ReloadRequested.InvokeAsync();
                    break;
                case OperationStatus.NotFound:
                    _failure = L["ActionNotFound"];
                    await ReloadRequested.InvokeAsync();
                    break;
                default:
                    _failure = Messages.Problem(result);
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private void Dismiss()
    {
        _errors = NoErrors;
        _errorStep = null;
        _conflict = false;
        _conflictStatus = null;
        _failure = null;
        _done = null;
    }
}
