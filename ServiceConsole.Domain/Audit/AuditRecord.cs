namespace ServiceConsole.Domain.Audit;

/// <summary>
/// One row of the audit chain (INF-05): who did what to which record, when and from where, chained to the row before
/// it by <see cref="PreviousHash"/>. Rows are only ever appended; the database refuses an update or a delete.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>The row's position in the chain, from 1 without gaps.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The login, <c>api-key:&lt;name&gt;</c> or <c>system</c>.</summary>
    public required string Actor { get; init; }

    public required string Action { get; init; }

    /// <summary>The record concerned: <c>customer:{id}</c>, <c>complaint:{id}</c>, <c>user:{login}</c>…</summary>
    public string? Subject { get; init; }

    /// <summary>The personal fields shown, comma-separated (<c>name,phone</c>).</summary>
    public string? Fields { get; init; }

    /// <summary>Whether those fields were shown in clear rather than masked.</summary>
    public bool Revealed { get; init; }

    /// <summary>A reason, a count, a decision: never a personal value.</summary>
    public string? Detail { get; init; }

    /// <summary>The caller's address.</summary>
    public string? From { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
