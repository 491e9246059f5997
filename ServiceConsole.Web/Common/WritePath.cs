using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Common;

/// <summary>
/// The one way a service writes: open a context under the write gate, let the caller read and decide, save,
/// release the gate, and only then publish what changed and run what must follow the commit (scheduling a
/// clock, another capability's write). Screens and the hub therefore never work inside a writer's gate, and a
/// refused transition becomes the same 409 everywhere.
/// </summary>
public sealed class WritePath(IDbContextFactory<ConsoleDbContext> dbFactory, WriteGate gate, ChangeFeed feed)
{
    /// <summary>A use case: committed when it succeeds, rolled back when it is refused or invalid.</summary>
    public Task<OperationResult<T>> RunAsync<T>(
        Func<WriteScope, Task<OperationResult<T>>> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return RunCoreAsync(
            async scope =>
            {
                try
                {
                    return await decide(scope);
                }
                catch (InvalidTransitionException ex)
                {
                    return OperationResult<T>.Refused(ex);
                }
            },
            result => result.Succeeded,
            cancellationToken);
    }

    /// <summary>A write nobody can refuse (a clock firing, a scheduled step): always committed.</summary>
    public Task<T> ApplyAsync<T>(Func<WriteScope, Task<T>> apply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return RunCoreAsync(apply, _ => true, cancellationToken);
    }

    private async Task<T> RunCoreAsync<T>(Func<WriteScope, Task<T>> decide, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        T result;
        IReadOnlyList<LiveChange> changes;
        IReadOnlyList<Func<CancellationToken, Task>> afterCommit;
        using (await gate.EnterAsync(cancellationToken))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var scope = new WriteScope(db, cancellationToken);
            result = await decide(scope);
            if (!commit(result))
            {
                return result; // disposing the scope rolls back whatever was saved inside its transaction
            }

            await scope.CommitAsync();
            (changes, afterCommit) = (scope.Changes, scope.AfterCommitSteps);
        }

        foreach (var change in changes)
        {
            feed.Publish(change);
        }

        foreach (var step in afterCommit)
        {
            // The write is committed: a caller hanging up must not stop what follows it (a clock must be scheduled).
            await step(CancellationToken.None);
        }

        return result;
    }
}
