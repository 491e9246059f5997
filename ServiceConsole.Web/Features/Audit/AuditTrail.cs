using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Audit;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Audit;

/// <summary>
/// Appends to the audit chain (INF-05). Appends are serialised in the process so that each row links to the one before
/// it; the primary key on the sequence refuses a second row at the same position from anywhere else. An append runs on
/// its own connection, so it must not be called inside a write that holds the write gate: such a write records in an
/// after-commit step.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<ConsoleDbContext> dbFactory, WriteGate gate, TimeProvider time) : IAuditTrail
{
    private readonly SemaphoreSlim _chain = new(1, 1);

    public Task RecordAsync(AuditEvent entry, CancellationToken cancellationToken = default) => RecordAsync([entry], cancellationToken);

    public async Task RecordAsync(IReadOnlyList<AuditEvent> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (gate.IsHeld)
        {
            throw new InvalidOperationException("Record the audit row after the write commits (WriteScope.AfterCommit), not inside it.");
        }

        if (entries.Count == 0)
        {
            return;
        }

        await _chain.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var last = await db.AuditRecords.AsNoTracking()
                .OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
            var now = time.GetUtcNow();
            foreach (var entry in entries)
            {
                var row = AuditChain.Link(
                    ++sequence, previous, now, Clip(entry.Actor, 100)!, entry.Action, Clip(entry.Subject, 120),
                    Clip(entry.Fields, 100), entry.Revealed, Clip(entry.Detail, 500), Clip(entry.From, 64));
                db.AuditRecords.Add(row);
                previous = row.Hash;
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            _chain.Release();
        }
    }

    public async Task<DateTimeOffset?> LastAsync(string actor, string action, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRecords.AsNoTracking()
            .Where(a => a.Actor == actor && a.Action == action)
            .OrderByDescending(a => a.Sequence)
            .Select(a => (DateTimeOffset?)a.At)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
