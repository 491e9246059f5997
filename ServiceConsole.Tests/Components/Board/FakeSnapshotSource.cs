using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>A snapshot source the test sets directly; counts how often the board asked for one.</summary>
public sealed class FakeSnapshotSource : IBoardSnapshotSource
{
    private int _builds;

    public BoardSnapshot Snapshot { get; set; } = BoardSnapshots.Empty();

    public int Builds => Volatile.Read(ref _builds);

    public Task<BoardSnapshot> BuildAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _builds);
        return Task.FromResult(Snapshot);
    }
}
