using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Home;

/// <summary>The numbers at the top of every home page, read in one short query batch.</summary>
public sealed class DashboardService(IDbContextFactory<ConsoleDbContext> dbFactory, TimeProvider time, CentreTimeZone centre)
{
    public async Task<DashboardSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        var zone = centre.Zone;
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var startOfDay = new DateTimeOffset(local.Date, local.Offset);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var statuses = await db.Agents.AsNoTracking().GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var today = db.Contacts.AsNoTracking().Where(c => !c.IsDrill && c.ArrivedAt >= startOfDay);
        var contactsToday = await today.CountAsync(cancellationToken);
        var answeredToday = await today.CountAsync(c => c.WithinTarget != null && c.Channel != Channel.Offline, cancellationToken);
        var onTimeToday = await today.CountAsync(c => c.WithinTarget == true && c.Channel != Channel.Offline, cancellationToken);
        var waiting = await db.Contacts.AsNoTracking().CountAsync(c => c.Status == ContactStatus.Waiting && !c.IsDrill, cancellationToken);
        var openComplaints = await db.Complaints.AsNoTracking().CountAsync(c => c.Status != ComplaintStatus.Closed && !c.IsDrill, cancellationToken);
        var majorOpen = await db.Complaints.AsNoTracking()
            .CountAsync(c => c.Status != ComplaintStatus.Closed && !c.IsDrill && c.Severity == Severity.Major, cancellationToken);
        var activeModes = await db.EmergencyModes.AsNoTracking().Where(m => m.Active).Select(m => m.Mode).ToListAsync(cancellationToken);
        return new DashboardSummary(
            statuses.GetValueOrDefault(AgentStatus.Available),
            statuses.GetValueOrDefault(AgentStatus.OnContact) + statuses.GetValueOrDefault(AgentStatus.AfterContact),
            statuses.Values.Sum(),
            waiting,
            contactsToday,
            answeredToday == 0 ? null : (double)onTimeToday / answeredToday,
            openComplaints,
            majorOpen,
            activeModes);
    }
}
