using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Tests.Components.Board;

/// <summary>A board search that answers what the test put in and remembers what was asked.</summary>
internal sealed class FakeBoardSearch : IBoardSearch
{
    public List<BoardSearchHit> Hits { get; } = [];

    public List<string?> Asked { get; } = [];

    public Task<IReadOnlyList<BoardSearchHit>> FindAsync(string? text, int limit = 12, CancellationToken cancellationToken = default)
    {
        Asked.Add(text);
        return Task.FromResult<IReadOnlyList<BoardSearchHit>>([.. Hits.Take(limit)]);
    }
}
