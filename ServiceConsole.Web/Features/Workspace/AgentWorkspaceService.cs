using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>The workspace's reads, and its changes delegated to the services the API uses.</summary>
public sealed class AgentWorkspaceService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    ContactService contacts,
    ComplaintService complaints,
    CallbackService callbacks) : IAgentWorkspaceService
{
    public async Task<IReadOnlyList<ContactResource>> QueueAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.AgentCode is not { } code)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Contacts.AsNoTracking()
            .Where(c => c.AgentCode == code && c.Status != ContactStatus.Closed)
            .ToListAsync(cancellationToken);

        // The contacts being served first (the agent's current work, answered earliest first); then the waiting ones
        // by their response deadline.
        return [.. open
            .OrderBy(c => c.Status == ContactStatus.Waiting ? 1 : 0)
            .ThenBy(c => c.Status == ContactStatus.Waiting ? c.RespondBy ?? c.ArrivedAt : c.AnsweredAt ?? c.ArrivedAt)
            .ThenBy(c => c.ArrivedAt)
            .Select(c => c.ToResource())];
    }

    public async Task<IReadOnlyList<WorkspaceTask>> TasksAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.AgentCode is not { } code)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Callbacks.AsNoTracking()
            .Where(t => t.AgentCode == code && t.DoneAt == null)
            .ToListAsync(cancellationToken);
        var toVerify = await db.Complaints.AsNoTracking()
            .Where(c => c.Assignee == code && (c.Status == ComplaintStatus.Registered || c.Status == ComplaintStatus.Verifying))
            .Select(c => new { c.Id, c.CustomerName, c.WaybillNo, c.VerifyBy, c.IsDrill, Breached = c.Breaches.Any(b => b.Clock == BreachClocks.Verify) })
            .ToListAsync(cancellationToken);

        var contactIds = open.Where(t => t.ContactId is not null).Select(t => t.ContactId!.Value).Distinct().ToList();
        var complaintIds = open.Where(t => t.ComplaintId is not null).Select(t => t.ComplaintId!.Value).Distinct().ToList();
        var contactSubjects = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => Subject(c.CustomerName, c.WaybillNo ?? c.CustomerPhone), cancellationToken);
        var complaintSubjects = await db.Complaints.AsNoTracking().Where(c => complaintIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => Subject(c.CustomerName, c.WaybillNo), cancellationToken);

        var tasks = open.Select(t => new WorkspaceTask(
                t.Id, KindOf(t.Kind), SubjectOf(t, contactSubjects, complaintSubjects), t.DueAt, t.Breached, t.ContactId, t.ComplaintId, t.IsDrill))
            .Concat(toVerify.Select(c => new WorkspaceTask(
                c.Id, WorkspaceTaskKind.Verification, Subject(c.CustomerName, c.WaybillNo), c.VerifyBy, c.Breached, null, c.Id, c.IsDrill)));
        return [.. tasks.OrderBy(t => t.DueAt)];
    }

    public Task<OperationResult<ContactResource>> AnswerAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default) =>
        contacts.AnswerAsync(contactId, new ContactAnswerRequest(actor.AgentCode, At: null), actor, cancellationToken);

    public Task<OperationResult<ContactResource>> CloseAsync(
        Guid contactId, bool resolved, int? rating, Actor actor, CancellationToken cancellationToken = default) =>
        contacts.CloseAsync(contactId, new ContactCloseRequest(At: null, resolved, rating), actor, cancellationToken);

    public Task<OperationResult<CallbackResource>> PromiseAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default) =>
        callbacks.PromiseAsync(contactId, actor.AgentCode, actor, cancellationToken);

    public Task<OperationResult<CallbackResource>> CompleteCallbackAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default) =>
        callbacks.CompleteAsync(taskId, null, actor, cancellationToken);

    public async Task<OperationResult<ComplaintResource>> RegisterComplaintAsync(
        ComplaintDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Channel channel = Channel.Phone;
        if (draft.Channel is null && actor.AgentCode is { } code)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            channel = await db.Agents.AsNoTracking().Where(a => a.Code == code).Select(a => (Channel?)a.Channel)
                .FirstOrDefaultAsync(cancellationToken) ?? Channel.Phone;
        }

        return await complaints.CreateAsync(draft.ToRequest(channel), actor, cancellationToken);
    }

    private static WorkspaceTaskKind KindOf(CallbackKind kind) => kind switch
    {
        CallbackKind.Promise => WorkspaceTaskKind.PromiseCallback,
        CallbackKind.Complaint => WorkspaceTaskKind.ComplaintCallback,
        CallbackKind.Recallback => WorkspaceTaskKind.Recallback,
        _ => WorkspaceTaskKind.RecoveryCallback,
    };

    private static string SubjectOf(CallbackTask task, Dictionary<Guid, string> contacts, Dictionary<Guid, string> complaints) =>
        task.ContactId is { } contactId && contacts.TryGetValue(contactId, out var c) ? c
        : task.ComplaintId is { } complaintId && complaints.TryGetValue(complaintId, out var p) ? p
        : task.Note ?? "";

    private static string Subject(string name, string reference) => $"{name} · {reference}";
}
