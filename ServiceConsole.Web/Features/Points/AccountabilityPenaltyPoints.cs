using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Points;

/// <summary>Penalty points from the complaints' accountability records in force (CMP-12) against the agent.</summary>
public sealed class AccountabilityPenaltyPoints(IDbContextFactory<ConsoleDbContext> dbFactory) : IPenaltyPoints
{
    public async Task<int> LostAsync(string agentCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Complaints.AsNoTracking()
            .Where(c => !c.IsDrill && c.Accountability != null && c.Accountability.InForce && c.Accountability.Party == FaultParty.Agent
                && c.Accountability.Accountable == agentCode && c.Accountability.RecordedAt >= from && c.Accountability.RecordedAt < to)
            .SumAsync(c => c.Accountability!.Points, cancellationToken);
    }
}
