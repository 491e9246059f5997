using ServiceConsole.Domain.Audit;

namespace ServiceConsole.Tests.Domain.Audit;

/// <summary>INF-05: each row's hash covers the row and the one before it, so any change, gap or swap breaks the chain.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private static List<AuditRecord> Chain(int length)
    {
        var rows = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= length; i++)
        {
            var row = AuditChain.Link(i, previous, At.AddSeconds(i), "supervisor", "data.view", $"customer:{i}", "name", false, null, "10.0.0.1");
            rows.Add(row);
            previous = row.Hash;
        }

        return rows;
    }

    private static AuditBreak? Verify(IEnumerable<AuditRecord> rows)
    {
        var cursor = AuditCursor.Start;
        return AuditChain.FirstBreak(rows, ref cursor);
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public void An_untouched_chain_links_from_genesis_to_the_last_row()
    {
        var rows = Chain(4);
        var cursor = AuditCursor.Start;

        Assert.Null(AuditChain.FirstBreak(rows, ref cursor));
        Assert.Equal(4, cursor.Sequence);
        Assert.Equal(rows[^1].Hash, cursor.Hash);
        Assert.Equal(64, rows[0].Hash.Length);
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public void A_changed_field_is_found_at_its_row()
    {
        var rows = Chain(4);
        var original = rows[2];
        rows[2] = new AuditRecord
        {
            Sequence = original.Sequence, At = original.At, Actor = original.Actor, Action = original.Action, Subject = original.Subject,
            Fields = original.Fields, Revealed = true, Detail = original.Detail, From = original.From,
            PreviousHash = original.PreviousHash, Hash = original.Hash,
        };

        Assert.Equal(new AuditBreak(3, "altered"), Verify(rows));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public void A_removed_row_is_found_where_it_is_missing()
    {
        var rows = Chain(4);
        rows.RemoveAt(1);

        Assert.Equal(new AuditBreak(2, "missing"), Verify(rows));
    }

    [Fact]
    [Trait("Rule", "INF-05")]
    public void A_row_rehashed_after_a_change_still_breaks_the_link_of_the_next_one()
    {
        var rows = Chain(4);
        rows[1] = AuditChain.Link(2, rows[0].Hash, At, "coordinator", "data.view", "customer:2", "name", false, null, null);

        Assert.Equal(new AuditBreak(3, "previous-hash"), Verify(rows));
    }
}
