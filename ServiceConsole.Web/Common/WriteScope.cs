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

    public ConsoleDbContext Db { get; } = db;

    public CancellationToken CancellationToken { get; } = cancellationToken;

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

    internal async Task FlushAsync()
    {
        if (Db.ChangeTracker.HasChanges())
        {
            await Db.SaveChangesAsync(CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
