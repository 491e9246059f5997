using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Alerts;

/// <summary>Stores warnings and breaches once each and pushes them to the supervisors and the owning agent.</summary>
public sealed class ClockAlertService(IDbContextFactory<ConsoleDbContext> dbFactory)
{
    /// <summary>Adds the alert to <paramref name="db"/> unless it was raised before; the write saves it and publishes <see cref="Change"/>.</summary>
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

    /// <summary>The live change that pushes <paramref name="alert"/> to the supervisors and the owning agent.</summary>
    public static ClockAlertRaised Change(ClockAlert alert) => new(ToResource(alert));

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
            ClockSubject.Contact => "contact",
            _ => "incident",
        },
        a.SubjectId,
        a.AgentCode,
        a.Subject,
        a.DueAt,
        a.RaisedAt,
        a.IsDrill);
}
