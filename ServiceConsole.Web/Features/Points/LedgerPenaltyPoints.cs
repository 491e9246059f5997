using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Points;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// The points an agent lost, read from the points ledger: complaints found to be their fault (CMP-12, in force) and
/// norm violations (SVC-10), by the date each was recorded. The monthly assessment's rule compliance (TRN-04) and the
/// KPI endpoint read the same entries the points page shows.
/// </summary>
public sealed class LedgerPenaltyPoints(IDbContextFactory<ConsoleDbContext> dbFactory) : IPenaltyPoints
{
    public async Task<int> LostAsync(string agentCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await PointsLedger.EntriesAsync(db, PointsSubject.Agent, agentCode, from, to, cancellationToken);
        return -entries.Where(e => e.Points < 0).Sum(e => e.Points);
    }
}
