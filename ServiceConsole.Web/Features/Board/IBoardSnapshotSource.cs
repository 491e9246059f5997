namespace ServiceConsole.Web.Features.Board;

/// <summary>Reads the centre's current state into one board snapshot.</summary>
public interface IBoardSnapshotSource
{
    Task<BoardSnapshot> BuildAsync(CancellationToken cancellationToken = default);
}
