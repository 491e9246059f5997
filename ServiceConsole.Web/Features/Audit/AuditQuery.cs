using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Audit;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Audit;

/// <summary>Reads the audit chain for the admin: filtered pages of rows, and the verification of every link.</summary>
public sealed class AuditQuery(IDbContextFactory<ConsoleDbContext> dbFactory, IStaffDirectory staff)
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;
    private const int VerifyBatch = 2000;

    /// <summary>Rows matching every given filter, newest first; <see cref="AuditFilter.Before"/> pages back by sequence.</summary>
    public async Task<IReadOnlyList<AuditRecordResource>> FindAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            rows = rows.Where(a => a.Subject == filter.Subject.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            rows = rows.Where(a => a.Actor == filter.Actor.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            rows = rows.Where(a => a.Action == filter.Action.Trim());
        }

        if (filter.From is { } from)
        {
            rows = rows.Where(a => a.At >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(a => a.At < to);
        }

        if (filter.Before is { } before)
        {
            rows = rows.Where(a => a.Sequence < before);
        }

        var limit = Math.Clamp(filter.Limit ?? DefaultLimit, 1, MaxLimit);
        var page = await rows.OrderByDescending(a => a.Sequence).Take(limit).ToListAsync(cancellationToken);
        return [.. page.Select(a => new AuditRecordResource(
            a.Sequence, a.At, a.Actor, staff.Find(a.Actor)?.DisplayName, a.Action, a.Subject, a.Fields, a.Revealed,
            a.Detail, a.From, a.Hash))];
    }

    /// <summary>Walks the whole chain in order; the first row that does not link, or ok with the number of rows.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cursor = AuditCursor.Start;
        while (true)
        {
            var after = cursor.Sequence;
            var batch = await db.AuditRecords.AsNoTracking()
                .Where(a => a.Sequence > after)
                .OrderBy(a => a.Sequence)
                .Take(VerifyBatch)
                .ToListAsync(cancellationToken);
            if (AuditChain.FirstBreak(batch, ref cursor) is { } broken)
            {
                return new AuditVerification(false, cursor.Sequence, broken.Sequence, broken.Reason);
            }

            if (batch.Count < VerifyBatch)
            {
                return new AuditVerification(true, cursor.Sequence, null, null);
            }
        }
    }
}

/// <summary>The audit screen's and API's filters; every one optional.</summary>
public sealed record AuditFilter(
    string? Subject = null, string? Actor = null, string? Action = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, long? Before = null, int? Limit = null);
