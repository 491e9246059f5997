using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.IdCopies;

/// <summary>INF-04: destroys the ID-number copies whose validity has run out, on contacts and complaints alike.</summary>
public sealed class IdCopyExpiry(WritePath writes, TimeProvider time)
{
    /// <summary>Sets every expired copy's protected value to null (its expiry stays); returns how many were destroyed.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        writes.ApplyAsync(async write =>
        {
            var now = time.GetUtcNow();
            var db = write.Db;

            // SQLite then overwrites the freed cells with zeros instead of leaving the old bytes in the file. PostgreSQL
            // keeps an updated row's old version until VACUUM reclaims it; autovacuum does that on its own.
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken);
            }

            var contacts = await db.Contacts
                .Where(c => c.IdNumberProtected != null && c.IdNumberExpiresAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.IdNumberProtected, (string?)null), cancellationToken);
            var complaints = await db.Complaints
                .Where(c => c.IdNumberProtected != null && c.IdNumberExpiresAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.IdNumberProtected, (string?)null), cancellationToken);
            return contacts + complaints;
        }, cancellationToken);
}
