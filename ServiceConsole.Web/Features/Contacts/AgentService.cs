using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Points;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>
/// The roster with live queue lengths, and each agent's monthly KPIs (SVC-07…09) from <see cref="KpiReader"/>, the one
/// computation the monthly assessment uses too, with the month's score and grade once it is assessed (TRN-04).
/// </summary>
public sealed class AgentService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    KpiReader kpis,
    MonthlyAssessments assessments,
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

        AssessmentMonth assessed;
        if (string.IsNullOrEmpty(month))
        {
            assessed = AssessmentMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), centre.Zone).DateTime));
        }
        else if (!AssessmentMonth.TryParse(month, out assessed))
        {
            return OperationResult<AgentKpiResource>.Invalid("month", "month must look like 2026-11 (years 2000 to 2100).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Agents.AnyAsync(a => a.Code == code, cancellationToken))
        {
            return OperationResult<AgentKpiResource>.NotFound($"No agent with code {ValidationErrors.Echo(code)}.");
        }

        var from = assessed.StartIn(centre.Zone);
        var to = assessed.EndIn(centre.Zone);
        var result = await kpis.ForAgentAsync(db, code, from, to, cancellationToken);

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
        // TRN-04: the score and grade once the month is assessed (final and graded); null before.
        var assessment = await assessments.FinalScoreAsync(code, assessed, cancellationToken);
        return OperationResult<AgentKpiResource>.Ok(new AgentKpiResource(
            code, assessed.ToString(),
            result.ResponseCompliance, result.FirstContactResolution, result.Satisfaction,
            assessment?.Score, assessment is { Grade: var grade } ? WireNames.ToWire(grade) : null,
            result.ContactsMeasured, result.ResolutionsMeasured, result.Ratings,
            new KpiTargetsResource(service.ResponseComplianceTarget, service.FirstContactResolutionTarget, service.SatisfactionTarget),
            complaintBreaches + callbackBreaches,
            penaltyPoints));
    }
}
