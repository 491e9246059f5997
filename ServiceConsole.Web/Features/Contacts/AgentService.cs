using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>The roster with live queue lengths, and each agent's monthly KPIs (SVC-07…09).</summary>
public sealed class AgentService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    KpiCalculator kpi,
    IPenaltyPoints penalties,
    TimeProvider time,
    IOptions<PolicyOptions> policy,
    CentreTimeZone centre)
{
    public async Task<IReadOnlyList<AgentResource>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var queues = await db.Contacts.AsNoTracking()
            .Where(c => c.Status == ContactStatus.Waiting && c.AgentCode != null)
            .GroupBy(c => c.AgentCode!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return
        [
            .. agents.Select(a => new AgentResource(
                a.Code, a.Name, WireNames.ToWire(a.Channel), WireNames.ToWire(a.Status), queues.GetValueOrDefault(a.Code), a.TeamCode)),
        ];
    }

    public async Task<OperationResult<AgentKpiResource>> KpiAsync(string code, string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.ActsOnlyAsAgent && actor.AgentCode != code)
        {
            return OperationResult<AgentKpiResource>.Forbidden("An agent sees only their own KPIs.");
        }

        var zone = centre.Zone;
        DateTime monthStart;
        if (string.IsNullOrEmpty(month))
        {
            var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
            monthStart = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        }
        else if (!DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out monthStart)
            || monthStart.Year is < 2000 or > 2100)
        {
            return OperationResult<AgentKpiResource>.Invalid("month", "month must look like 2026-11 (years 2000 to 2100).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Agents.AnyAsync(a => a.Code == code, cancellationToken))
        {
            return OperationResult<AgentKpiResource>.NotFound($"No agent with code {ValidationErrors.Echo(code)}.");
        }

        var from = new DateTimeOffset(monthStart, zone.GetUtcOffset(monthStart));
        var nextMonth = monthStart.AddMonths(1);
        var to = new DateTimeOffset(nextMonth, zone.GetUtcOffset(nextMonth));
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.AgentCode == code && !c.IsDrill && c.ArrivedAt >= from && c.ArrivedAt < to)
            .Select(c => new ContactOutcome(c.Channel, c.ArrivedAt, c.AnsweredAt, c.Status == ContactStatus.Closed ? c.Resolved : null, c.Satisfaction))
            .ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Assignee == code && !c.IsDrill && c.ReceivedAt >= from && c.ReceivedAt < to)
            .Select(c => new ComplaintOutcome(c.Status == ComplaintStatus.Closed, c.ReopenCount > 0, c.Satisfaction))
            .ToListAsync(cancellationToken);
        var result = kpi.Compute(contacts, complaints);

        // Deadlines this agent owned that ran out in the month, and points lost to complaints found to be
        // their fault (CMP-12); drills never count.
        var complaintBreaches = await db.Complaints.AsNoTracking()
            .Where(c => c.Assignee == code && !c.IsDrill)
            .SelectMany(c => c.Breaches)
            .CountAsync(b => b.RecordedAt >= from && b.RecordedAt < to, cancellationToken);
        var callbackBreaches = await db.Callbacks.AsNoTracking()
            .CountAsync(t => t.AgentCode == code && !t.IsDrill && t.ComplaintId == null && t.Breached && t.DueAt >= from && t.DueAt < to, cancellationToken);
        var penaltyPoints = await penalties.LostAsync(code, from, to, cancellationToken);
        var service = policy.Value.Service;
        return OperationResult<AgentKpiResource>.Ok(new AgentKpiResource(
            code, monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            result.ResponseCompliance, result.FirstContactResolution, result.Satisfaction,
            Score: null, Grade: null, result.ContactsMeasured, result.ResolutionsMeasured, result.Ratings,
            new KpiTargetsResource(service.ResponseComplianceTarget, service.FirstContactResolutionTarget, service.SatisfactionTarget),
            complaintBreaches + callbackBreaches,
            penaltyPoints));
    }
}
