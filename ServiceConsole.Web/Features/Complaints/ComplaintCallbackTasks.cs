using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// Keeps a complaint's owed call in the callback list: one open task while a follow-up (CMP-09) or
/// recallback (CMP-10) is due, assigned to the complaint's owner. A task the complaint no longer owes
/// is done at the step that settled it (a late one is recorded as breached).
/// </summary>
internal static class ComplaintCallbackTasks
{
    /// <returns>The tasks created or finished, to push to their agents.</returns>
    public static async Task<IReadOnlyList<CallbackTask>> SyncAsync(ConsoleDbContext db, Complaint complaint, CancellationToken cancellationToken)
    {
        // The step just taken, with the time it was taken (which an integration may state with `at`).
        var step = complaint.History[^1];
        var open = await db.Callbacks
            .Where(t => t.ComplaintId == complaint.Id && t.DoneAt == null)
            .ToListAsync(cancellationToken);
        var wanted = complaint.CallbackDue is { } due
            ? (Kind: complaint.Status == ComplaintStatus.Reopened ? CallbackKind.Recallback : CallbackKind.Complaint, DueAt: due)
            : ((CallbackKind Kind, DateTimeOffset DueAt)?)null;

        var changed = new List<CallbackTask>();
        foreach (var task in open.Where(t => wanted is not { } w || t.Kind != w.Kind || t.DueAt != w.DueAt))
        {
            task.Complete(step.At, step.Action);
            changed.Add(task);
        }

        if (wanted is { } want && !open.Exists(t => t.Kind == want.Kind && t.DueAt == want.DueAt))
        {
            var task = CallbackTask.Create(
                Guid.CreateVersion7(step.At), want.Kind, complaint.Id, null, complaint.Assignee, step.At, want.DueAt, isDrill: complaint.IsDrill);
            db.Callbacks.Add(task);
            changed.Add(task);
        }

        return changed;
    }
}
