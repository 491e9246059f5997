using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>
/// Everything the agent workspace reads and changes, through the same services as the API with the
/// signed-in agent as actor. The screen talks only to this, so its tests can stand in for it.
/// </summary>
public interface IAgentWorkspaceService
{
    /// <summary>The agent's open contacts: those being served first, then the waiting ones, most urgent first.</summary>
    Task<IReadOnlyList<ContactResource>> QueueAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Open callbacks and complaints awaiting the agent's verification, earliest due first.</summary>
    Task<IReadOnlyList<WorkspaceTask>> TasksAsync(Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<ContactResource>> AnswerAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default);

    Task<OperationResult<ContactResource>> CloseAsync(Guid contactId, bool resolved, int? rating, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>SVC-05: "会在 1 小时内给您回复" as a callback task for the agent.</summary>
    Task<OperationResult<CallbackResource>> PromiseAsync(Guid contactId, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The agent made a promised or recovery call (a complaint's follow-up is recorded on the complaint).</summary>
    Task<OperationResult<CallbackResource>> CompleteCallbackAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// CMP-01: registers the draft as the signed-in agent, on the channel of the contact it was filled from, else on
    /// the agent's own.
    /// </summary>
    Task<OperationResult<ComplaintResource>> RegisterComplaintAsync(ComplaintDraft draft, Actor actor, CancellationToken cancellationToken = default);
}
