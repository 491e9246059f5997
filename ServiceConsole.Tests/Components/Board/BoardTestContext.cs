using Microsoft.Extensions.DependencyInjection;
using ServiceConsole.Tests.Components.Workspace;
using ServiceConsole.Web.Features.Board;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>
/// bUnit base for the board: live board state over a snapshot source the test fills, and recorded supervisor actions,
/// on the shared console set-up.
/// </summary>
public abstract class BoardTestContext : ConsoleComponentTest
{
    protected BoardTestContext()
    {
        Services.AddSingleton<IBoardSnapshotSource>(Source);
        Services.AddSingleton<LiveBoardState>();
        Services.AddSingleton<ISupervisorActions>(Actions);
        Services.AddSingleton<IBoardSearch>(Search);
    }

    internal FakeBoardSearch Search { get; } = new();

    protected FakeSnapshotSource Source { get; } = new();

    protected RecordingSupervisorActions Actions { get; } = new();

    protected LiveBoardState Board => Services.GetRequiredService<LiveBoardState>();

    /// <summary>Publishes a change and lets the coalescing delay pass, so the board rebuilds once.</summary>
    protected void PushChange(int changes = 1)
    {
        for (var i = 0; i < changes; i++)
        {
            Feed.Publish(new ContactChanged(WorkspaceFixtures.Contact($"board-{i}")));
        }

        Time.Advance(Coalesce);
    }
}
