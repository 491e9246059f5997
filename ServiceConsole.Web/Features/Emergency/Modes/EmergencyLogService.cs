using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>Reads the mode-change log (EMG-07): who switched which mode, when and why, newest first.</summary>
public sealed class EmergencyLogService(IDbContextFactory<ConsoleDbContext> dbFactory)
{
    public async Task<IReadOnlyList<EmergencyLogItem>> GetRecentAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.EmergencyLog.AsNoTracking()
            .OrderByDescending(e => e.At)
            .Take(count)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(EmergencyLogItem.From)];
    }
}
