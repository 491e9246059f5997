using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Common;

/// <summary>
/// The one way a service writes, with group commit (issue 14). Writes queue in arrival order; one writer takes every
/// write that arrived while the previous commit was on disk, lets each read and decide in turn inside one transaction
/// (each behind its own savepoint, so a refused or failed write leaves no trace and the next one sees exactly what the
/// earlier ones decided), and commits them together: one transaction and one fsync for the whole group. Only then is
/// any of them answered, its changes published and its after-commit steps run (scheduling a clock, another
/// capability's write). Screens and the hub therefore never work inside a write, a refused transition becomes the
/// same 409 everywhere, and a <c>201</c> still means the row is on disk.
/// </summary>
/// <remarks>
/// What a contact's decision costs on the writer is what limits ingest (docs/benchmarks.md), so a group spares what
/// it can without changing what a write sees: its kept writes share one context (emptied between them), a write may
/// carry what it read to the next one through the group's <see cref="WriteGroupMemo"/> when it kept that up to date,
/// and a write's first save may lean on the write's own savepoint instead of EF Core's
/// (<see cref="WriteScope.SaveOrStartOverAsync"/>).
/// </remarks>
public sealed class WritePath : IAsyncDisposable
{
    private readonly IDbContextFactory<ConsoleDbContext> _dbFactory;
    private readonly WriteGate _gate;
    private readonly ChangeFeed _feed;
    private readonly ILogger<WritePath> _logger;
    private readonly int _maxBatch;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly Task _writer;

    public WritePath(
        IDbContextFactory<ConsoleDbContext> dbFactory, WriteGate gate, ChangeFeed feed, IOptions<WritePathOptions> options, ILogger<WritePath> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_dbFactory, _gate, _feed, _logger) = (dbFactory, gate, feed, logger);
        _maxBatch = options.Value.MaxBatch;
        using (ExecutionContext.SuppressFlow())
        {
            _writer = Task.Run(WriteLoopAsync);
        }
    }

    /// <summary>Raised after each group commit with how long each of its writes waited in the queue; telemetry listens.</summary>
    public event Action<CommittedGroup>? Committed;

    /// <summary>A use case: committed when it succeeds, rolled back when it is refused or invalid.</summary>
    public Task<OperationResult<T>> RunAsync<T>(
        Func<WriteScope, Task<OperationResult<T>>> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return EnqueueAsync(
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
        return EnqueueAsync(apply, _ => true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer; // every write already queued is still decided and committed
    }

    private async Task<T> EnqueueAsync<T>(Func<WriteScope, Task<T>> decide, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        _gate.ThrowIfHeld();
        cancellationToken.ThrowIfCancellationRequested();
        var write = new PendingWrite<T>(decide, commit, cancellationToken);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(WritePath), "The console is shutting down; the write was not accepted.");
        }

        var outcome = await write.Completion;
        foreach (var step in outcome.AfterCommit)
        {
            // The write is committed: a caller hanging up must not stop what follows it (a clock must be scheduled).
            await step(CancellationToken.None);
        }

        return outcome.Result;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var write))
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Cancel();
                }
                else
                {
                    batch.Add(write);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await CommitGroupAsync(batch);
            }
            catch (Exception ex)
            {
                // The group's transaction could not be opened, rolled back to a savepoint or committed: none of it is
                // on disk, so none of it is answered as if it were.
                _logger.LogError(ex, "A group of {Count} writes failed to commit", batch.Count);
                foreach (var write in batch)
                {
                    write.Fail(ex);
                }
            }
        }
    }

    private async Task CommitGroupAsync(List<PendingWrite> batch)
    {
        var waits = new TimeSpan[batch.Count];
        await using var owner = await _dbFactory.CreateDbContextAsync(CancellationToken.None);
        await owner.Database.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await owner.Database.BeginTransactionAsync(CancellationToken.None);
        if (owner.Database.IsNpgsql())
        {
            // Several nodes write to one PostgreSQL database: each group waits here for every other node's group to
            // commit, so groups are decided one at a time across the cluster exactly as on one node (decision 0010).
            await owner.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLocks.WriteGroups})", CancellationToken.None);
        }

        var connection = owner.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var memo = new WriteGroupMemo();

        // The writes' context: one for the group while its writes are kept (emptied between them: setting a context up
        // on the connection cost about a fifth of the writer's time per contact), a fresh one after a refused or failed
        // write, so whatever state a failure may leave in a context never reaches the next write.
        ConsoleDbContext? db = null;
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                waits[i] = Stopwatch.GetElapsedTime(write.QueuedAt);
                db ??= await OpenWriteContextAsync(connection, dbTransaction);
                await dbTransaction.SaveAsync(SavepointName, CancellationToken.None);
                var keep = await write.DecideAsync(this, new GroupPlace(db, dbTransaction, memo));
                memo.EndWrite(keep);
                if (keep)
                {
                    db.ChangeTracker.Clear();
                    await dbTransaction.ReleaseAsync(SavepointName, CancellationToken.None);
                }
                else
                {
                    await db.DisposeAsync();
                    db = null;
                    await dbTransaction.RollbackAsync(SavepointName, CancellationToken.None);
                    await dbTransaction.ReleaseAsync(SavepointName, CancellationToken.None);
                }
            }
        }
        finally
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
        try
        {
            Committed?.Invoke(new CommittedGroup(waits));
        }
        catch (Exception ex)
        {
            // The group is on disk: a failing listener must not turn its answers into failures.
            _logger.LogError(ex, "A listener of the write path's commits failed");
        }

        // In the order the writes were decided, so a screen hears a contact arrive before it hears it answered.
        foreach (var write in batch)
        {
            write.Publish(_feed);
        }

        foreach (var write in batch)
        {
            write.Complete();
        }
    }

    private const string SavepointName = "write";

    /// <summary>The writes' context: on the group's connection, inside the group's transaction, with nothing of its own to commit.</summary>
    private async Task<ConsoleDbContext> OpenWriteContextAsync(DbConnection connection, DbTransaction transaction)
    {
        var db = await _dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, CancellationToken.None);
        return db;
    }

    /// <summary>One write's scope on the group's context (tracking nothing yet), which the group disposes, not the write.</summary>
    private static WriteScope OpenScope(GroupPlace group, CancellationToken cancellationToken) =>
        new(group.Db, group.Memo, () => group.Transaction.RollbackAsync(SavepointName, CancellationToken.None), cancellationToken);

    /// <summary>Where a write of a group is decided: the group's context and transaction (at the write's savepoint) and memo.</summary>
    private sealed record GroupPlace(ConsoleDbContext Db, DbTransaction Transaction, WriteGroupMemo Memo);

    private abstract class PendingWrite(CancellationToken cancellationToken)
    {
        // The caller's flow (its trace, culture, logging scopes), so a decision runs as if the caller ran it.
        private readonly ExecutionContext? _context = ExecutionContext.Capture();

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public long QueuedAt { get; } = Stopwatch.GetTimestamp();

        public Task<bool> DecideAsync(WritePath path, GroupPlace group)
        {
            if (_context is null)
            {
                return DecideInFlowAsync(path, group);
            }

            Task<bool>? decided = null;
            ExecutionContext.Run(_context, _ => decided = DecideInFlowAsync(path, group), null);
            return decided!;
        }

        public abstract void Publish(ChangeFeed feed);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();

        /// <summary>Decides and flushes this write; false when it is to be rolled back (refused, invalid, failed or cancelled).</summary>
        protected abstract Task<bool> DecideInScopeAsync(WriteScope scope);

        private async Task<bool> DecideInFlowAsync(WritePath path, GroupPlace group)
        {
            // Seen by anything the decision calls: a nested write or an audit append is refused rather than deadlocked.
            path._gate.MarkHeld();
            try
            {
                CancellationToken.ThrowIfCancellationRequested();
                await using var scope = OpenScope(group, CancellationToken);
                return await DecideInScopeAsync(scope);
            }
            catch (Exception ex)
            {
                Fail(ex);
                return false;
            }
        }
    }

    private sealed class PendingWrite<T>(Func<WriteScope, Task<T>> decide, Func<T, bool> commit, CancellationToken cancellationToken)
        : PendingWrite(cancellationToken)
    {
        private readonly TaskCompletionSource<Outcome<T>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _kept;
        private IReadOnlyList<LiveChange> _changes = [];
        private IReadOnlyList<Func<CancellationToken, Task>> _afterCommit = [];

        public Task<Outcome<T>> Completion => _completion.Task;

        protected override async Task<bool> DecideInScopeAsync(WriteScope scope)
        {
            _result = await decide(scope);
            if (!commit(_result))
            {
                return false; // rolling back to the savepoint undoes whatever it saved
            }

            await scope.FlushAsync();
            (_kept, _changes, _afterCommit) = (true, scope.Changes, scope.AfterCommitSteps);
            return true;
        }

        public override void Publish(ChangeFeed feed)
        {
            if (!_kept)
            {
                return;
            }

            foreach (var change in _changes)
            {
                feed.Publish(change);
            }
        }

        public override void Complete() =>
            _completion.TrySetResult(new Outcome<T>(_result!, _kept ? _afterCommit : []));

        public override void Fail(Exception exception) => _completion.TrySetException(exception);

        public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
    }

    private sealed record Outcome<T>(T Result, IReadOnlyList<Func<CancellationToken, Task>> AfterCommit);
}

/// <summary>One group commit of the <see cref="WritePath"/>: how long each of its writes waited before it was decided.</summary>
public sealed record CommittedGroup(IReadOnlyList<TimeSpan> Waits)
{
    public int Size => Waits.Count;
}
