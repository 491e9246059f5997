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

    /// <summary>
    /// Holds an agent off duty for a policy reason (onboarding TRN-01, training TRN-05/SVC-11, suspension TRN-06):
    /// the waiting queue goes back to the channel and routing skips the agent until the hold is released.
    /// </summary>
    Task<OperationResult<AgentStatus>> PlaceHoldAsync(string agentCode, DutyHold hold, string ruleId, DateTimeOffset? until, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same hold inside a write the caller runs, so the hold commits with the record that causes it (an
    /// enrolment, a failed training). The agent is tracked by <paramref name="write"/>'s context.
    /// </summary>
    Task PlaceHoldAsync(WriteScope write, Agent agent, DutyHold hold, string ruleId, DateTimeOffset? until);

    /// <summary>Releases a hold inside the caller's write; false when the agent does not carry it.</summary>
    Task<bool> ReleaseHoldAsync(WriteScope write, Agent agent, DutyHold hold);

    /// <summary>Releases a hold of that kind (the agent is then away); a conflict when the agent does not carry it.</summary>
    Task<OperationResult<AgentStatus>> ReleaseHoldAsync(string agentCode, DutyHold hold, CancellationToken cancellationToken = default);
}
