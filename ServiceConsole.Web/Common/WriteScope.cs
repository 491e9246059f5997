using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Common;

/// <summary>
/// What a write sees while it decides: its database context (on the group's connection, inside the group's
/// transaction: see <see cref="WritePath"/>), and two lists the path works through once the group is committed.
/// </summary>
public sealed class WriteScope(ConsoleDbContext db, CancellationToken cancellationToken) : IAsyncDisposable
{
    private readonly List<LiveChange> _changes = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private readonly Func<Task>? _startOver;
    private readonly bool _ownsDb = true;

    /// <summary>
    /// A write of a group, on the group's context (which the group disposes); <paramref name="startOver"/> rolls the
    /// group's transaction back to where this write began.
    /// </summary>
    internal WriteScope(ConsoleDbContext db, WriteGroupMemo memo, Func<Task> startOver, CancellationToken cancellationToken)
        : this(db, cancellationToken)
    {
        Memo = memo;
        _startOver = startOver;
        _ownsDb = false;
    }

    public ConsoleDbContext Db { get; } = db;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>What earlier writes of this group read and kept up to date (see <see cref="WriteGroupMemo"/>).</summary>
    public WriteGroupMemo Memo { get; } = new();

    internal IReadOnlyList<LiveChange> Changes => _changes;

    internal IReadOnlyList<Func<CancellationToken, Task>> AfterCommitSteps => _afterCommit;

    /// <summary>Publishes <paramref name="change"/> once the write is committed.</summary>
    public void Publish(LiveChange change) => _changes.Add(change);

    /// <summary>Runs <paramref name="step"/> once the write is committed, after the changes are published.</summary>
    public void AfterCommit(Func<CancellationToken, Task> step) => _afterCommit.Add(step);

    /// <summary>
    /// Saves what is tracked so far, for a decision that must read its own writes (a freed agent before re-routing).
    /// Nothing is committed yet: every save of one write commits with its group, or is rolled back with the write.
    /// </summary>
    public async Task SaveAsync() => await Db.SaveChangesAsync(CancellationToken);

    /// <summary>
    /// Saves what is tracked, for a decision that goes on when the save fails (an externalId stored concurrently): when
    /// it fails, everything this write has written so far is undone (the group's transaction goes back to where this
    /// write began; the tracked entities are the caller's to clear) and the failure is thrown. Meant for a write's first
    /// save; it spares the savepoint EF Core would otherwise set around the save, since the write's own one serves.
    /// </summary>
    public async Task SaveOrStartOverAsync()
    {
        if (_startOver is null)
        {
            await SaveAsync(); // not in a group: EF Core's own savepoint undoes a failed save
            return;
        }

        var database = Db.Database;
        var savepoints = database.AutoSavepointsEnabled;
        database.AutoSavepointsEnabled = false;
        try
        {
            await Db.SaveChangesAsync(CancellationToken);
        }
        catch (Exception)
        {
            await _startOver();
            throw;
        }
        finally
        {
            database.AutoSavepointsEnabled = savepoints;
        }
    }

    internal async Task FlushAsync()
    {
        if (Db.ChangeTracker.HasChanges())
        {
            await Db.SaveChangesAsync(CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _ownsDb ? Db.DisposeAsync() : ValueTask.CompletedTask;
}
