using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>Callback tasks an agent owes customers; here the 1-hour promise of SVC-05.</summary>
public sealed class CallbackService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    CallbackPromisePolicy promisePolicy,
    WritePath writes,
    CallbackClockService clocks)
{
    /// <summary>
    /// SVC-05: the agent promised "会在 1 小时内给您回复" on a contact, so a <c>promise</c> task is due
    /// one window later in that agent's tasks, pushed live to them.
    /// </summary>
    public async Task<OperationResult<CallbackResource>> PromiseAsync(
        Guid contactId, string? agentCode, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("agentCode", agentCode, 20);
        if (errors.Any)
        {
            return OperationResult<CallbackResource>.Invalid(errors.ToDictionary());
        }

        if (actor.ActsOnlyAsAgent && actor.AgentCode != agentCode)
        {
            return OperationResult<CallbackResource>.Forbidden("An agent promises callbacks only as themselves.");
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
            if (contact is null || (actor.ActsOnlyAsAgent && contact.AgentCode != actor.AgentCode))
            {
                return OperationResult<CallbackResource>.NotFound($"No contact with id {contactId}.");
            }

            if (!await db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                return OperationResult<CallbackResource>.Invalid("agentCode", "Unknown agent code.");
            }

            var task = CallbackTask.Promise(Guid.CreateVersion7(clock.Now), contactId, agentCode!, clock.Now, promisePolicy, contact.IsDrill);
            db.Callbacks.Add(task);
            return Owed(write, task, OperationStatus.Created);
        }, cancellationToken);
    }

    /// <summary>
    /// The agent made the call. A complaint's follow-up is not done here: its outcome (satisfied or not,
    /// CMP-09/10) is recorded on the complaint, which settles the task.
    /// </summary>
    public async Task<OperationResult<CallbackResource>> CompleteAsync(
        Guid id, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Optional("note", note, 2000);
        if (errors.Any)
        {
            return OperationResult<CallbackResource>.Invalid(errors.ToDictionary());
        }

        return await writes.RunAsync(async write =>
        {
            var task = await write.Db.Callbacks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (task is null || (actor.ActsOnlyAsAgent && task.AgentCode != actor.AgentCode))
            {
                return OperationResult<CallbackResource>.NotFound($"No callback with id {id}.");
            }

            if (task.ComplaintId is not null)
            {
                return OperationResult<CallbackResource>.Conflict(
                    "A complaint's callback is recorded on the complaint (POST /api/v1/complaints/{id}/callback), with whether the customer is satisfied.",
                    new Dictionary<string, object?> { ["complaintId"] = task.ComplaintId, ["action"] = "complete" });
            }

            if (task.IsDone)
            {
                return OperationResult<CallbackResource>.Conflict(
                    "The callback has already been made.", new Dictionary<string, object?> { ["doneAt"] = task.DoneAt, ["action"] = "complete" });
            }

            task.Complete(clock.Now, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
            return Owed(write, task, OperationStatus.Ok);
        }, cancellationToken);
    }

    /// <summary>Pushes the task to its agent and, once committed, (re)schedules or clears its deadline.</summary>
    private OperationResult<CallbackResource> Owed(WriteScope write, CallbackTask task, OperationStatus status)
    {
        var resource = task.ToResource();
        write.Publish(new TaskAssigned(resource));
        write.AfterCommit(_ => clocks.ScheduleAsync(task, CancellationToken.None));
        return new OperationResult<CallbackResource>(status, resource);
    }

    /// <summary>The contract's callback list; an agent sees only their own (INF-05).</summary>
    public async Task<OperationResult<IReadOnlyList<CallbackResource>>> ListAsync(
        string? status, string? agentCode, Actor actor, CancellationToken cancellationToken = default)
    {
        status = status?.Trim().ToLowerInvariant() ?? "open";
        if (status is not ("open" or "done" or "all"))
        {
            return OperationResult<IReadOnlyList<CallbackResource>>.Invalid("status", "status must be open, done or all.");
        }

        if (actor.ActsOnlyAsAgent)
        {
            if (!string.IsNullOrEmpty(agentCode) && agentCode != actor.AgentCode)
            {
                return OperationResult<IReadOnlyList<CallbackResource>>.Forbidden("An agent sees only their own callbacks.");
            }

            agentCode = actor.AgentCode;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Callbacks.AsNoTracking().Where(c => !c.IsDrill);
        query = status switch
        {
            "open" => query.Where(c => c.DoneAt == null),
            "done" => query.Where(c => c.DoneAt != null),
            _ => query,
        };
        if (!string.IsNullOrEmpty(agentCode))
        {
            query = query.Where(c => c.AgentCode == agentCode);
        }

        var tasks = await query.OrderBy(c => c.DueAt).Take(1000).ToListAsync(cancellationToken);
        return OperationResult<IReadOnlyList<CallbackResource>>.Ok([.. tasks.Select(t => t.ToResource())]);
    }
}
