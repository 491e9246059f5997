using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>What a supervisor can do from the board.</summary>
public interface ISupervisorActions
{
    /// <summary>Moves a waiting contact into the queue of another agent of its channel.</summary>
    Task<OperationResult<ContactResource>> MoveContactAsync(Guid contactId, string toAgentCode, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Sets an agent available, away, in training or suspended, and re-offers the waiting contacts it frees or takes.</summary>
    Task<OperationResult<AgentStatus>> ChangeStatusAsync(string agentCode, AgentStatus status, Actor actor, CancellationToken cancellationToken = default);
}
