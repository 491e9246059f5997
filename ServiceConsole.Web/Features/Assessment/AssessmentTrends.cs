using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// The KPI trends behind the charts: SVC-07…09 per month for each agent and each team over the last months (from the
/// same real records as the KPI endpoint, drills excluded), with the monthly score where one exists. A team's KPIs pool
/// its agents' records; a team's score is the mean of its agents' scores.
/// </summary>
public sealed class AssessmentTrends(IDbContextFactory<ConsoleDbContext> dbFactory, KpiReader kpis, AssessmentClock clock) : IAssessmentTrends
{
    /// <param name="through">The last month shown.</param>
    /// <param name="months">How many months, <paramref name="through"/> included.</param>
    /// <param name="agentCode">Only this agent (an agent's own page); null for every agent and team.</param>
    public async Task<KpiTrend> TrendAsync(AssessmentMonth through, int months, string? agentCode = null, CancellationToken cancellationToken = default)
    {
        var range = MonthlyAssessments.MonthsUpTo(through, months);
        var (from, to) = (range[0].StartIn(clock.Zone), through.EndIn(clock.Zone));
        var keys = range.Select(m => m.ToString()).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agentQuery = db.Agents.AsNoTracking();
        if (agentCode is not null)
        {
            agentQuery = agentQuery.Where(a => a.Code == agentCode);
        }

        var agents = await agentQuery.OrderBy(a => a.Code).Select(a => new { a.Code, a.Name, a.TeamCode }).ToListAsync(cancellationToken);
        var teamCodes = agents.Select(a => a.TeamCode).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamCodes.Contains(t.Code)).OrderBy(t => t.Code).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken);
        var codes = agents.Select(a => a.Code).ToList();
        var teamOf = agents.ToDictionary(a => a.Code, a => a.TeamCode, StringComparer.Ordinal);
        var facts = await kpis.ReadAsync(db, codes, from, to, cancellationToken);
        var scores = await db.MonthlyAssessments.AsNoTracking()
            .Where(a => keys.Contains(a.Month) && codes.Contains(a.AgentCode) && a.Score != null)
            .Select(a => new { a.AgentCode, a.Month, a.Score })
            .ToListAsync(cancellationToken);
        var scoreOf = scores.ToDictionary(s => (s.AgentCode, s.Month), s => s.Score!.Value);

        var byAgent = facts.ComputeBy(codes.SelectMany(c => keys.Select(k => (c, k))), (agent, at) => (agent, MonthOf(at)));
        var byTeam = facts.ComputeBy(teamCodes.SelectMany(t => keys.Select(k => (t, k))), (agent, at) => (teamOf[agent], MonthOf(at)));

        return new KpiTrend(
            keys,
            [.. teams.Select(t => new KpiTrendSeries(t.Code, t.Name, t.Code, [.. keys.Select(k => Point(k, byTeam[(t.Code, k)], TeamScore(t.Code, k)))]))],
            [.. agents.Select(a => new KpiTrendSeries(a.Code, a.Name, a.TeamCode, [.. keys.Select(k => Point(k, byAgent[(a.Code, k)], scoreOf.TryGetValue((a.Code, k), out var s) ? s : null))]))]);

        double? TeamScore(string team, string month)
        {
            var found = scores.Where(s => s.Month == month && teamOf[s.AgentCode] == team).Select(s => s.Score!.Value).ToList();
            return found.Count == 0 ? null : Math.Round(found.Average(), 1, MidpointRounding.AwayFromZero);
        }
    }

    private string MonthOf(DateTimeOffset at) => AssessmentMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.Zone).DateTime)).ToString();

    private static KpiTrendPoint Point(string month, KpiResult kpi, double? score) =>
        new(month, kpi.ResponseCompliance, kpi.FirstContactResolution, kpi.Satisfaction, score);
}

/// <summary>Per month, oldest first: each team's and each agent's KPIs and score.</summary>
public sealed record KpiTrend(IReadOnlyList<string> Months, IReadOnlyList<KpiTrendSeries> Teams, IReadOnlyList<KpiTrendSeries> Agents);

/// <summary>One team's or agent's months.</summary>
public sealed record KpiTrendSeries(string Key, string Name, string TeamCode, IReadOnlyList<KpiTrendPoint> Points);

/// <summary>One month of a series; a KPI or score is null when there was nothing to measure.</summary>
public sealed record KpiTrendPoint(string Month, double? ResponseCompliance, double? FirstContactResolution, double? Satisfaction, double? Score);
