using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Workspace;

namespace ServiceConsole.Tests.Components.Workspace;

/// <summary>Stands in for the workspace's services: serves lists the test fills and records every change asked of it.</summary>
internal sealed class FakeWorkspaceService : IAgentWorkspaceService
{
    public List<ContactResource> Queue { get; } = [];

    public List<WorkspaceTask> Tasks { get; } = [];

    public List<(Guid ContactId, Actor Actor)> Answers { get; } = [];

    public List<(Guid ContactId, bool Resolved, int? Rating)> Closes { get; } = [];

    public List<(Guid ContactId, Actor Actor)> Promises { get; } = [];

    public List<ComplaintCreateRequest> Registrations { get; } = [];

    /// <summary>Who each registration was sent as, in the order of <see cref="Registrations"/>.</summary>
    public List<Actor> Registrars { get; } = [];

    public List<Guid> Completed { get; } = [];

    public int QueueReads { get; private set; }

    public Func<ComplaintCreateRequest, OperationResult<ComplaintResource>> RegisterResult { get; set; } =
        _ => OperationResult<ComplaintResource>.Invalid("demand", "demand is required.");

    public Task<OperationResult<CallbackResource>> CompleteCallbackAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default)
    {
        Completed.Add(taskId);
        var task = Tasks.Single(t => t.Id == taskId);
        Tasks.Remove(task);
        return Task.FromResult(OperationResult<CallbackResource>.Ok(
            new CallbackResource(task.Id, "promise", null, task.ContactId, actor.AgentCode, task.DueAt, WorkspaceFixtures.Now, false)));
    }

    public Task<IReadOnlyList<ContactResource>> QueueAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        QueueReads++;
        return Task.FromResult<IReadOnlyList<ContactResource>>([.. Queue]);
    }

    public Task<IReadOnlyList<WorkspaceTask>> TasksAsync(Actor actor, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkspaceTask>>([.. Tasks]);

    public Task<OperationResult<ContactResource>> AnswerAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default)
    {
        Answers.Add((contactId, actor));
        var index = Queue.FindIndex(c => c.Id == contactId);
        Queue[index] = Queue[index] with { Status = "answered", AgentCode = actor.AgentCode };
        return Task.FromResult(OperationResult<ContactResource>.Ok(Queue[index]));
    }

    public Task<OperationResult<ContactResource>> CloseAsync(
        Guid contactId, bool resolved, int? rating, Actor actor, CancellationToken cancellationToken = default)
    {
        Closes.Add((contactId, resolved, rating));
        var contact = Queue.Single(c => c.Id == contactId);
        Queue.Remove(contact);
        return Task.FromResult(OperationResult<ContactResource>.Ok(contact with { Status = "closed", Resolved = resolved, Satisfaction = rating }));
    }

    public Task<OperationResult<CallbackResource>> PromiseAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default)
    {
        Promises.Add((contactId, actor));
        var task = new WorkspaceTask(Guid.NewGuid(), WorkspaceTaskKind.PromiseCallback, "王女士 · 13800138000",
            WorkspaceFixtures.Now.AddHours(1), false, contactId, null, false);
        Tasks.Add(task);
        return Task.FromResult(OperationResult<CallbackResource>.Created(
            new CallbackResource(task.Id, "promise", null, contactId, actor.AgentCode, task.DueAt, null, false)));
    }

    public Task<OperationResult<ComplaintResource>> RegisterComplaintAsync(ComplaintDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        // The agent's own channel, as the real service reads it, is phone here; a served contact's channel wins.
        var request = draft.ToRequest(ServiceConsole.Domain.Contacts.Channel.Phone);
        Registrations.Add(request);
        Registrars.Add(actor);
        return Task.FromResult(RegisterResult(request));
    }
}
