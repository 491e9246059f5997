using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// The supervisor's moves on the board. An agent who goes away, into training or is suspended hands
/// their waiting contacts back to the channel queue, which routing offers to whoever is free; an agent
/// who comes back takes waiting contacts at once. Every moved contact is published like any other change.
/// </summary>
public sealed class SupervisorActions(
    RoutingService routing,
    WritePath writes,
    LiveBoardState board,
    TimeProvider time) : ISupervisorActions
{
    public async Task<OperationResult<ContactResource>> MoveContactAsync(
        Guid contactId, string toAgentCode, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<ContactResource>.Forbidden("Only a supervisor moves contacts between agents.");
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
            if (contact is null)
            {
                return OperationResult<ContactResource>.NotFound($"No contact with id {contactId}.");
            }

            if (contact.Status != ContactStatus.Waiting)
            {
                return OperationResult<ContactResource>.Conflict("Only a waiting contact can be moved.");
            }

            var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == toAgentCode, cancellationToken);
            if (agent is null || agent.Channel != contact.Channel)
            {
                return OperationResult<ContactResource>.Invalid("agentCode", "The contact can only move to an agent of its own channel.");
            }

            if (!agent.IsOnDuty)
            {
                return OperationResult<ContactResource>.Invalid("agentCode", $"Agent {agent.Code} is not on duty.");
            }

            var previous = contact.AgentCode;
            contact.AssignTo(agent.Code, time.GetUtcNow());
            var resource = contact.ToResource();
            write.Publish(new ContactChanged(resource, previous));
            return OperationResult<ContactResource>.Ok(resource);
        }, cancellationToken);
    }

    public async Task<OperationResult<AgentStatus>> ChangeStatusAsync(
        string agentCode, AgentStatus status, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<AgentStatus>.Forbidden("Only a supervisor changes an agent's status from the board.");
        }

        if (!Agent.SettableStatuses.Contains(status))
        {
            return OperationResult<AgentStatus>.Invalid("status", "A supervisor sets available, away, in-training or suspended.");
        }

        return await writes.RunAsync(async write =>
        {
            var agent = await write.Db.Agents.FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
            if (agent is null)
            {
                return OperationResult<AgentStatus>.NotFound($"No agent with code {ValidationErrors.Echo(agentCode)}.");
            }

            var now = time.GetUtcNow();
            var serving = await write.Db.Contacts.AnyAsync(c => c.AgentCode == agentCode && c.Status == ContactStatus.Answered, cancellationToken);
            agent.SetBySupervisor(status, serving, now);
            await ApplyAsync(write, agent, now, cancellationToken);
            return OperationResult<AgentStatus>.Ok(agent.Status);
        }, cancellationToken);
    }

    public async Task<OperationResult<AgentStatus>> PlaceHoldAsync(
        string agentCode, DutyHold hold, string ruleId, DateTimeOffset? until, CancellationToken cancellationToken = default) =>
        await writes.RunAsync(async write =>
        {
            var agent = await write.Db.Agents.FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
            if (agent is null)
            {
                return OperationResult<AgentStatus>.NotFound($"No agent with code {ValidationErrors.Echo(agentCode)}.");
            }

            await PlaceHoldAsync(write, agent, hold, ruleId, until);
            return OperationResult<AgentStatus>.Ok(agent.Status);
        }, cancellationToken);

    public async Task PlaceHoldAsync(WriteScope write, Agent agent, DutyHold hold, string ruleId, DateTimeOffset? until)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(agent);
        var now = time.GetUtcNow();
        agent.PlaceHold(hold, ruleId, until, now);
        await ApplyAsync(write, agent, now, write.CancellationToken);
    }

    public async Task<bool> ReleaseHoldAsync(WriteScope write, Agent agent, DutyHold hold)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(agent);
        var now = time.GetUtcNow();
        if (!agent.ReleaseHold(hold, now))
        {
            return false;
        }

        await ApplyAsync(write, agent, now, write.CancellationToken);
        return true;
    }

    public async Task<OperationResult<AgentStatus>> ReleaseHoldAsync(string agentCode, DutyHold hold, CancellationToken cancellationToken = default) =>
        await writes.RunAsync(async write =>
        {
            var agent = await write.Db.Agents.FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
            if (agent is null)
            {
                return OperationResult<AgentStatus>.NotFound($"No agent with code {ValidationErrors.Echo(agentCode)}.");
            }

            return await ReleaseHoldAsync(write, agent, hold)
                ? OperationResult<AgentStatus>.Ok(agent.Status)
                : OperationResult<AgentStatus>.Conflict($"Agent {agent.Code} is not held for {hold}.");
        }, cancellationToken);

    /// <summary>
    /// What follows an agent's new status in the same write: an agent off duty hands the waiting queue back to the
    /// channel, routing offers waiting contacts to whoever is free, and every move and the agent's row are published.
    /// </summary>
    private async Task ApplyAsync(WriteScope write, Agent agent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var agentCode = agent.Code;
        var moved = new List<(Contact Contact, string? Previous)>();
        if (!agent.IsOnDuty)
        {
            var queue = await db.Contacts
                .Where(c => c.AgentCode == agentCode && c.Status == ContactStatus.Waiting)
                .ToListAsync(cancellationToken);
            foreach (var contact in queue)
            {
                contact.Unassign();
                moved.Add((contact, agentCode));
            }
        }

        await write.SaveAsync();
        foreach (var offered in await routing.OfferWaitingAsync(db, agent.Channel, now, cancellationToken))
        {
            var index = moved.FindIndex(m => m.Contact.Id == offered.Id);
            if (index < 0)
            {
                moved.Add((offered, null));
            }
        }

        await write.SaveAsync();
        foreach (var (contact, previous) in moved)
        {
            write.Publish(new ContactChanged(contact.ToResource(), previous));
        }

        var queueLength = await db.Contacts.CountAsync(c => c.AgentCode == agentCode && c.Status == ContactStatus.Waiting, cancellationToken);
        write.Publish(new AgentChanged(
            new AgentResource(agent.Code, agent.Name, WireNames.ToWire(agent.Channel), WireNames.ToWire(agent.Status), queueLength, agent.TeamCode)));
        write.AfterCommit(_ =>
        {
            board.Invalidate();
            return Task.CompletedTask;
        });
    }
}
