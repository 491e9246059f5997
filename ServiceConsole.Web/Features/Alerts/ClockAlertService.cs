using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Web.Features.Alerts;

/// <summary>Stores warnings and breaches once each and pushes them to the supervisors and the owning agent.</summary>
public sealed class ClockAlertService(IDbContextFactory<ConsoleDbContext> dbFactory, ChangeFeed feed)
{
    /// <summary>Adds the alert to <paramref name="db"/> unless it was raised before; the caller saves. Call under the write gate.</summary>
    public static async Task<bool> AddIfNewAsync(ConsoleDbContext db, ClockAlert alert, CancellationToken cancellationToken)
    {
        var exists = await db.Alerts.AnyAsync(
            a => a.SubjectId == alert.SubjectId && a.Clock == alert.Clock && a.Kind == alert.Kind && a.DueAt == alert.DueAt,
            cancellationToken);
        if (exists)
        {
            return false;
        }

        db.Alerts.Add(alert);
        return true;
    }

    public void Publish(ClockAlert alert) =>
        feed.Publish(new ChangeEvent(ChangeKind.Alert, ToResource(alert), alert.AgentCode, alert.IsDrill));

    /// <summary>Alerts raised since <paramref name="since"/>, newest first; an agent sees only their own.</summary>
    public async Task<IReadOnlyList<ClockAlertResource>> RecentAsync(
        DateTimeOffset since, string? agentCode, bool includeDrills, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Alerts.AsNoTracking().Where(a => a.RaisedAt >= since);
        if (!includeDrills)
        {
            query = query.Where(a => !a.IsDrill);
        }

        if (agentCode is not null)
        {
            query = query.Where(a => a.AgentCode == agentCode);
        }

        var alerts = await query.OrderByDescending(a => a.RaisedAt).Take(take).ToListAsync(cancellationToken);
        return [.. alerts.Select(ToResource)];
    }

    public static ClockAlertResource ToResource(ClockAlert a) => new(
        a.Id,
        a.Kind == ClockAlertKind.Warning ? "warning" : "breach",
        a.RuleId,
        a.Clock,
        a.SubjectKind switch
        {
            ClockSubject.Complaint => "complaint",
            ClockSubject.Callback => "callback",
            _ => "incident",
        },
        a.SubjectId,
        a.AgentCode,
        a.Subject,
        a.DueAt,
        a.RaisedAt,
        a.IsDrill);
}
