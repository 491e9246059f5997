using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Complaints;
using MudSeverity = MudBlazor.Severity;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>The agent's actions on the workspace: answer, close, promise and the complaint registered.</summary>
public sealed partial class AgentWorkspace
{
    private async Task OnAnswerAsync(Guid contactId)
    {
        _selectedId = contactId;
        if (await RunAsync(() => Workspace.AnswerAsync(contactId, Actor)) is not null)
        {
            await LoadQueueAsync();
        }
    }

    private async Task OnCloseAsync(ContactCloseChoice choice)
    {
        if (await RunAsync(() => Workspace.CloseAsync(choice.ContactId, choice.Resolved, choice.Rating, Actor)) is not null)
        {
            if (_selectedId == choice.ContactId)
            {
                _selectedId = null;
            }

            Snackbar.Add(L["ContactClosed"], MudSeverity.Success);
            await LoadQueueAsync();
        }
    }

    private async Task OnPromiseAsync()
    {
        if (SelectedContact is not { } contact)
        {
            return;
        }

        if (await RunAsync(() => Workspace.PromiseAsync(contact.Id, Actor)) is { } task)
        {
            _ownPromises.Add(task.Id);
            Snackbar.Add(L["PromiseCreated", contact.CustomerName, Clock.Short(task.DueAt)], MudSeverity.Success);
            await LoadTasksAsync(notify: false);
        }
    }

    private async Task OnCallbackDoneAsync(WorkspaceTask task)
    {
        if (await RunAsync(() => Workspace.CompleteCallbackAsync(task.Id, Actor)) is { } done)
        {
            Snackbar.Add(L[done.Breached ? "CallbackDoneLate" : "CallbackDoneNotice", task.Subject], done.Breached ? MudSeverity.Warning : MudSeverity.Success);
            await LoadTasksAsync(notify: false);
        }
    }

    private async Task OnComplaintRegisteredAsync(ComplaintResource complaint)
    {
        Snackbar.Add(L["ComplaintRegisteredNotice", complaint.CustomerName], MudSeverity.Success);
        await LoadTasksAsync(notify: false);
    }

    /// <summary>Runs one change, shows why it was refused if it was, and returns the result's value on success.</summary>
    private async Task<T?> RunAsync<T>(Func<Task<OperationResult<T>>> action) where T : class
    {
        _busy = true;
        try
        {
            var result = await action();
            if (result.Succeeded)
            {
                return result.Value;
            }

            Logger.LogInformation("A workspace action was refused: {Status} {Detail}", result.Status, result.Detail);
            Snackbar.Add(L[$"Failed_{result.Status}"], MudSeverity.Error);
            return null;
        }
        finally
        {
            _busy = false;
        }
    }
}
