using Microsoft.EntityFrameworkCore.Storage;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Common;

/// <summary>
/// What a write sees while it holds the gate: its database context, and two lists the <see cref="WritePath"/>
/// works through once the write is committed and the gate released.
/// </summary>
public sealed class WriteScope(ConsoleDbContext db, CancellationToken cancellationToken) : IAsyncDisposable
{
    private readonly List<LiveChange> _changes = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private IDbContextTransaction? _transaction;

    public ConsoleDbContext Db { get; } = db;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    internal IReadOnlyList<LiveChange> Changes => _changes;

    internal IReadOnlyList<Func<CancellationToken, Task>> AfterCommitSteps => _afterCommit;

    /// <summary>Publishes <paramref name="change"/> once the write is committed and the gate released.</summary>
    public void Publish(LiveChange change) => _changes.Add(change);

    /// <summary>Runs <paramref name="step"/> once the write is committed and the gate released, after the changes are published.</summary>
    public void AfterCommit(Func<CancellationToken, Task> step) => _afterCommit.Add(step);

    /// <summary>
    /// Saves what is tracked so far, for a decision that must read its own writes (a freed agent before re-routing).
    /// Every save of one write commits together: the first one opens the transaction the path commits.
    /// </summary>
    public async Task SaveAsync()
    {
        _transaction ??= await Db.Database.BeginTransactionAsync(CancellationToken);
        await Db.SaveChangesAsync(CancellationToken);
    }

    internal async Task CommitAsync()
    {
        if (Db.ChangeTracker.HasChanges())
        {
            await Db.SaveChangesAsync(CancellationToken);
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(CancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }
}
