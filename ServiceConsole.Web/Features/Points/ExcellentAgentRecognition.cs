using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Points;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// SVC-12 from the month's real ratings (<see cref="ExcellentAgentRanking"/> for what "best rated, most praised" means
/// here): the ranking with each agent's figures and the points they lost, the proposal, and the supervisor's confirmed
/// choice with its bonus (<c>ExcellentAgentBonusYuan</c>), audited and published to every agent's screen.
/// </summary>
public sealed class ExcellentAgentRecognition(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    TimeProvider time,
    CentreTimeZone centre,
    IOptions<PolicyOptions> policy,
    IStaffDirectory staff,
    IAuditTrail audit) : IExcellentAgentRecognition
{
    public async Task<OperationResult<RecognitionResource>> GetAsync(string? month, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var period = ParseMonth(month, errors);
        if (errors.Any)
        {
            return OperationResult<RecognitionResource>.Invalid(errors.ToDictionary());
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zone = centre.Zone;
        var (from, to) = (period.StartIn(zone), period.EndIn(zone));
        var service = policy.Value.Service;
        var tallies = await TalliesAsync(db, from, to, cancellationToken);
        var ranking = ExcellentAgentRanking.Rank(tallies, service.ExcellentAgentMinRatings);
        var lost = (await PointsLedger.EntriesAsync(db, PointsSubject.Agent, null, from, to, cancellationToken))
            .Where(e => e.Points < 0)
            .GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => -g.Sum(e => e.Points), StringComparer.Ordinal);
        var candidates = ranking
            .Select(c => new RecognitionCandidateResource(
                c.AgentCode, staff.NameOf(c.AgentCode), c.Ratings, c.Mean, c.FiveStars, lost.GetValueOrDefault(c.AgentCode), c.Eligible, c.Rank))
            .ToList();
        var award = await db.ExcellentAgentAwards.AsNoTracking().FirstOrDefaultAsync(a => a.Month == period.ToString(), cancellationToken);
        return OperationResult<RecognitionResource>.Ok(new RecognitionResource(
            period.ToString(),
            time.GetUtcNow() >= to,
            service.ExcellentAgentMinRatings,
            award?.BonusYuan ?? service.ExcellentAgentBonusYuan,
            candidates,
            candidates.FirstOrDefault(c => c.Rank == 1),
            award is null ? null : ToResource(award)));
    }

    public async Task<OperationResult<RecognitionAwardResource>> ConfirmAsync(
        string? month, RecognitionConfirmRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        var period = ParseMonth(month, errors);
        errors.Required("agentCode", request.AgentCode, 100);
        errors.Optional("reason", request.Reason, ExcellentAgentAward.MaxReasonLength);
        if (errors.Any)
        {
            return OperationResult<RecognitionAwardResource>.Invalid(errors.ToDictionary());
        }

        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<RecognitionAwardResource>.Forbidden("Only a supervisor confirms the excellent agent.");
        }

        var agentCode = request.AgentCode!.Trim();
        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            if (await db.ExcellentAgentAwards.AsNoTracking().FirstOrDefaultAsync(a => a.Month == period.ToString(), cancellationToken) is { } known)
            {
                known.EnsureSameAgent(agentCode);
                return OperationResult<RecognitionAwardResource>.Ok(ToResource(known));
            }

            if (!await db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                return OperationResult<RecognitionAwardResource>.Invalid("agentCode", $"There is no agent {ValidationErrors.Echo(agentCode)}.");
            }

            var zone = centre.Zone;
            var (from, to) = (period.StartIn(zone), period.EndIn(zone));
            var service = policy.Value.Service;
            var tallies = await TalliesAsync(db, from, to, cancellationToken);
            var proposal = ExcellentAgentRanking.Proposal(ExcellentAgentRanking.Rank(tallies, service.ExcellentAgentMinRatings));
            ExcellentAgentAward award;
            try
            {
                award = ExcellentAgentAward.Confirm(
                    period, to, agentCode, tallies.FirstOrDefault(t => t.AgentCode == agentCode), proposal, request.Reason,
                    service.ExcellentAgentBonusYuan, actor.Name, time.GetUtcNow());
            }
            catch (ArgumentException ex)
            {
                return OperationResult<RecognitionAwardResource>.Invalid(ex.ParamName ?? "body", ex.PlainMessage());
            }

            db.ExcellentAgentAwards.Add(award);
            await write.SaveAsync();
            var resource = ToResource(award);
            write.Publish(new ExcellentAgentConfirmed(resource));
            write.AfterCommit(ct => audit.RecordAsync(
                new AuditEvent(
                    actor.Name, AuditActions.Decision, $"recognition:{award.Month}",
                    Detail: $"{PointsRules.ExcellentAgent} {award.AgentCode} {award.BonusYuan:0} yuan"
                        + (award.FollowsProposal ? " (proposed)" : $" (proposed {award.ProposedAgentCode ?? "nobody"})")),
                ct));
            return OperationResult<RecognitionAwardResource>.Created(resource);
        }, cancellationToken);
    }

    public async Task<RecognitionAwardResource?> PublishedAsync(CancellationToken cancellationToken = default)
    {
        var current = CentreMonth.Of(time.GetUtcNow(), centre.Zone);
        var months = new[] { current.ToString(), current.Previous.ToString() };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var award = await db.ExcellentAgentAwards.AsNoTracking()
            .Where(a => months.Contains(a.Month))
            .OrderByDescending(a => a.Month)
            .FirstOrDefaultAsync(cancellationToken);
        return award is null ? null : ToResource(award);
    }

    /// <summary>
    /// Each agent's 1–5 ratings of the month, as the SVC-09 KPI counts them: contacts the agent served that arrived in
    /// the month, and complaints the agent owned that were received in it (the callback's rating); drills never count.
    /// Complaints a specialist owned belong to no agent.
    /// </summary>
    private static async Task<IReadOnlyList<RatingTally>> TalliesAsync(
        ConsoleDbContext db, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var agents = (await db.Agents.AsNoTracking().Select(a => a.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var contactRatings = await db.Contacts.AsNoTracking()
            .Where(c => !c.IsDrill && c.AgentCode != null && c.Satisfaction != null && c.ArrivedAt >= from && c.ArrivedAt < to)
            .Select(c => new { Agent = c.AgentCode!, Rating = c.Satisfaction!.Value })
            .ToListAsync(cancellationToken);
        var complaintRatings = await db.Complaints.AsNoTracking()
            .Where(c => !c.IsDrill && c.Assignee != null && c.Satisfaction != null && c.ReceivedAt >= from && c.ReceivedAt < to)
            .Select(c => new { Agent = c.Assignee!, Rating = c.Satisfaction!.Value })
            .ToListAsync(cancellationToken);
        return
        [
            .. contactRatings.Concat(complaintRatings)
                .Where(r => r.Rating is >= 1 and <= 5 && agents.Contains(r.Agent))
                .GroupBy(r => r.Agent, StringComparer.Ordinal)
                .Select(g => new RatingTally(g.Key, g.Count(), g.Sum(r => r.Rating), g.Count(r => r.Rating == 5))),
        ];
    }

    private CentreMonth ParseMonth(string? month, ValidationErrors errors)
    {
        if (!CentreMonth.TryParse(month, out var parsed))
        {
            errors.Add("month", "month must look like 2026-11 (years 2000 to 2100).");
            return default;
        }

        if (parsed.StartIn(centre.Zone) > time.GetUtcNow())
        {
            errors.Add("month", $"{parsed} has not begun.");
        }

        return parsed;
    }

    private RecognitionAwardResource ToResource(ExcellentAgentAward award) => new(
        award.Month, award.AgentCode, staff.NameOf(award.AgentCode), award.ProposedAgentCode, award.Reason, award.BonusYuan,
        award.Ratings, award.MeanRating, award.FiveStars, award.ConfirmedBy, award.ConfirmedAt);
}
