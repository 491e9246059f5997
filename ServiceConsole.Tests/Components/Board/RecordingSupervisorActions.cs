using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>Records the supervisor's actions instead of storing them.</summary>
public sealed class RecordingSupervisorActions : ISupervisorActions
{
    public List<(Guid ContactId, string ToAgent)> Moves { get; } = [];

    public List<(string Agent, AgentStatus Status)> StatusChanges { get; } = [];

    public Task<OperationResult<ContactResource>> MoveContactAsync(Guid contactId, string toAgentCode, Actor actor, CancellationToken cancellationToken = default)
    {
        Moves.Add((contactId, toAgentCode));
        return Task.FromResult(OperationResult<ContactResource>.Conflict("recorded only"));
    }

    public Task<OperationResult<AgentStatus>> ChangeStatusAsync(string agentCode, AgentStatus status, Actor actor, CancellationToken cancellationToken = default)
    {
        StatusChanges.Add((agentCode, status));
        return Task.FromResult(OperationResult<AgentStatus>.Ok(status));
    }

    public Task<OperationResult<AgentStatus>> PlaceHoldAsync(string agentCode, DutyHold hold, string ruleId, DateTimeOffset? until, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<AgentStatus>.Conflict("recorded only"));

    public Task PlaceHoldAsync(WriteScope write, Agent agent, DutyHold hold, string ruleId, DateTimeOffset? until) => Task.CompletedTask;

    public Task<bool> ReleaseHoldAsync(WriteScope write, Agent agent, DutyHold hold) => Task.FromResult(false);

    public Task<OperationResult<AgentStatus>> ReleaseHoldAsync(string agentCode, DutyHold hold, CancellationToken cancellationToken = default) =>
        Task.FromResult(OperationResult<AgentStatus>.Conflict("recorded only"));
}
