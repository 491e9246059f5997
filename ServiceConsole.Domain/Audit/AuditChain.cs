using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ServiceConsole.Domain.Audit;

/// <summary>
/// How the audit rows are chained (INF-05): each row's hash covers every field of the row and the previous row's hash,
/// so changing, removing or reordering any row breaks every link after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The next row after <paramref name="previousHash"/> at <paramref name="sequence"/>, with its hash.</summary>
    public static AuditRecord Link(
        long sequence, string previousHash, DateTimeOffset at, string actor, string action,
        string? subject, string? fields, bool revealed, string? detail, string? from)
    {
        var unsealed = new AuditRecord
        {
            Sequence = sequence, At = at, Actor = actor, Action = action, Subject = subject, Fields = fields,
            Revealed = revealed, Detail = detail, From = from, PreviousHash = previousHash, Hash = "",
        };
        return new AuditRecord
        {
            Sequence = sequence, At = at, Actor = actor, Action = action, Subject = subject, Fields = fields,
            Revealed = revealed, Detail = detail, From = from, PreviousHash = previousHash, Hash = HashOf(unsealed),
        };
    }

    /// <summary>SHA-256 over the row's fields (its own hash excluded) and the previous hash, as lower-case hex.</summary>
    public static string HashOf(AuditRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var canonical = string.Join(
            '\u001f',
            row.Sequence.ToString(CultureInfo.InvariantCulture),
            row.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            row.Actor, row.Action, row.Subject ?? "", row.Fields ?? "", row.Revealed ? "1" : "0",
            row.Detail ?? "", row.From ?? "", row.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Follows the chain from <paramref name="previous"/> through <paramref name="rows"/> (in sequence order) and
    /// returns the first row that does not link, or null with the last hash when every link holds.
    /// </summary>
    public static AuditBreak? FirstBreak(IEnumerable<AuditRecord> rows, ref AuditCursor previous)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            var expectedSequence = previous.Sequence + 1;
            if (row.Sequence != expectedSequence)
            {
                return new AuditBreak(expectedSequence, "missing");
            }

            if (row.PreviousHash != previous.Hash)
            {
                return new AuditBreak(row.Sequence, "previous-hash");
            }

            if (HashOf(row) != row.Hash)
            {
                return new AuditBreak(row.Sequence, "altered");
            }

            previous = new AuditCursor(row.Sequence, row.Hash);
        }

        return null;
    }
}

/// <summary>Where a verification has got to: the last sequence that linked and its hash.</summary>
public readonly record struct AuditCursor(long Sequence, string Hash)
{
    public static AuditCursor Start => new(0, AuditChain.Genesis);
}

/// <summary>The first row that does not link: its position and why (missing, previous-hash, altered).</summary>
public sealed record AuditBreak(long Sequence, string Reason);
