using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;
using ServiceConsole.Web.Services;

namespace ServiceConsole.Web.Workspace;

/// <summary>Callback tasks an agent owes customers; here the 1-hour promise of SVC-05.</summary>
public sealed class CallbackService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    CallbackPromisePolicy promisePolicy,
    WriteGate gate,
    ChangeFeed feed)
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

        CallbackTask task;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
            if (contact is null || (actor.ActsOnlyAsAgent && contact.AgentCode != actor.AgentCode))
            {
                return OperationResult<CallbackResource>.NotFound($"No contact with id {contactId}.");
            }

            if (!await db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                return OperationResult<CallbackResource>.Invalid("agentCode", "Unknown agent code.");
            }

            task = CallbackTask.Promise(Guid.CreateVersion7(clock.Now), contactId, agentCode!, clock.Now, promisePolicy, contact.IsDrill);
            db.Callbacks.Add(task);
            await db.SaveChangesAsync(cancellationToken);
        }

        var resource = task.ToResource();
        feed.Publish(new ChangeEvent(ChangeKind.Task, resource, task.AgentCode, task.IsDrill));
        return OperationResult<CallbackResource>.Created(resource);
    }
}
