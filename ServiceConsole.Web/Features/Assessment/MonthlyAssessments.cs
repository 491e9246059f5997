using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Features.Points;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// The monthly assessment (TRN-03…06, TRN-08) and the annual one (TRN-03).
/// <list type="bullet">
/// <item>A run assesses every agent not in onboarding (TRN-01) from the month's real contacts and complaints (SVC-07…09,
/// drills excluded, <see cref="KpiReader"/>) and penalty points (<see cref="IPenaltyPoints"/>, plus the approved GEN-07
/// penalties dated in the month, <see cref="IDisciplineDeductions"/>: rule compliance), keeping
/// the supervisor's attitude score and the one-to-one talk. A re-run replaces the computed parts of the same rows (one per
/// month and agent), never adds rows.</item>
/// <item>A run at or after the month's assessment time (the last working day at <see cref="AssessmentOptions.RunAt"/>) is
/// final; one before it is the month so far (provisional): shown, but no consequence is applied.</item>
/// <item>A month without the supervisor's attitude score waits ("awaiting attitude": no score, grade or consequence,
/// said on the sheet); scoring attitude completes it with the parts already computed, and applies its consequences when
/// the month is final.</item>
/// <item>Consequences are applied once per month and agent: a failed month is sent to the remedial training
/// (<see cref="ITrainingAssignments"/>, idempotent per month) after the write commits; a termination proposal is filed in
/// the same write (one per agent and month) and withdrawn if a re-run or a corrected attitude score lifts the month out
/// of failure. A training already assigned stays: the trainer's result (the re-assessment) decides it.</item>
/// <item>A month's TRN-06 decision reads the final grades of the months before it as they stand when it is assessed;
/// re-run the later month to decide it again after an earlier one changed.</item>
/// </list>
/// </summary>
public sealed class MonthlyAssessments(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    KpiReader kpis,
    IPenaltyPoints penalties,
    IDisciplineDeductions discipline,
    AssessmentPolicy policy,
    ConsequenceRules rules,
    AnnualAssessmentPolicy annualPolicy,
    AssessmentClock clock,
    ITrainingAssignments trainings,
    ITrainingFile trainingFile,
    IAuditTrail audit,
    IOptions<PolicyOptions> policyOptions,
    ILogger<MonthlyAssessments> logger) : IMonthlyAssessments
{
    /// <summary>The rule a failed month's remedial training is assigned under.</summary>
    public const string RemedialRuleId = "TRN-05";

    private const int MaxTextLength = MonthlyAssessment.MaxTextLength;

    // ---------------------------------------------------------------- reads

    /// <summary>A month's results by agent code; an agent acting as themselves sees only their own row.</summary>
    public async Task<OperationResult<IReadOnlyList<MonthlyAssessmentResource>>> ListAsync(string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryMonth(month, out var m, out var invalid))
        {
            return invalid.Failed<IReadOnlyList<MonthlyAssessmentResource>>();
        }

        return OperationResult<IReadOnlyList<MonthlyAssessmentResource>>.Ok(await MonthAsync(m, actor, cancellationToken));
    }

    /// <inheritdoc cref="ListAsync"/>
    public async Task<IReadOnlyList<MonthlyAssessmentResource>> MonthAsync(AssessmentMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = month.ToString();
        var query = db.MonthlyAssessments.AsNoTracking().Where(a => a.Month == key);
        if (actor.ActsOnlyAsAgent)
        {
            query = query.Where(a => a.AgentCode == actor.AgentCode);
        }

        return await ResourcesAsync(db, await query.ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>One agent's month; another agent's, or one not assessed, is not found (INF-05).</summary>
    public async Task<OperationResult<MonthlyAssessmentResource>> GetAsync(string? month, string code, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryMonth(month, out var m, out var invalid))
        {
            return invalid;
        }

        var found = actor.ActsOnlyAsAgent && actor.AgentCode != code ? null : await FindAsync(m, code, cancellationToken);
        return found is null
            ? OperationResult<MonthlyAssessmentResource>.NotFound($"No {m} assessment for agent {ValidationErrors.Echo(code)}.")
            : OperationResult<MonthlyAssessmentResource>.Ok(found);
    }

    /// <summary>One agent's results over the <paramref name="months"/> months up to <paramref name="through"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MonthlyAssessmentResource>> HistoryAsync(string code, AssessmentMonth through, int months, CancellationToken cancellationToken = default)
    {
        var keys = MonthsUpTo(through, months).Select(m => m.ToString()).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.MonthlyAssessments.AsNoTracking().Where(a => a.AgentCode == code && keys.Contains(a.Month)).ToListAsync(cancellationToken);
        return await ResourcesAsync(db, rows, cancellationToken);
    }

    /// <summary>The final score and grade of an agent's month for the KPI endpoint; null until the month is assessed (final and graded).</summary>
    public async Task<(double Score, Grade Grade)?> FinalScoreAsync(string code, AssessmentMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = month.ToString();
        var row = await db.MonthlyAssessments.AsNoTracking()
            .Where(a => a.AgentCode == code && a.Month == key && a.Final && a.Score != null)
            .Select(a => new { a.Score, a.Grade })
            .FirstOrDefaultAsync(cancellationToken);
        return row is { Score: { } score, Grade: { } grade } ? (score, grade) : null;
    }

    /// <summary>TRN-06: the termination proposals for HR, open ones first, newest first.</summary>
    public async Task<IReadOnlyList<TerminationProposalResource>> ProposalsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TerminationProposals.AsNoTracking().ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.Select(p => p.AgentCode), cancellationToken);
        return
        [
            .. rows.OrderBy(p => p.Open ? 0 : 1).ThenByDescending(p => p.ProposedAt)
                .Select(p => new TerminationProposalResource(
                    p.Id, p.AgentCode, names.GetValueOrDefault(p.AgentCode).Name ?? p.AgentCode, p.Month, p.FailedMonths, p.Score, p.ProposedAt, p.ProposedBy,
                    p.Open ? "open" : "withdrawn", p.WithdrawnAt)),
        ];
    }

    /// <summary>TRN-03: the year's annual results (computed with December's assessment); an agent sees only their own.</summary>
    public async Task<OperationResult<IReadOnlyList<AnnualAssessmentResource>>> AnnualAsync(int year, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (year is < AssessmentMonth.MinYear or > AssessmentMonth.MaxYear)
        {
            return OperationResult<IReadOnlyList<AnnualAssessmentResource>>.Invalid("year", $"year lies between {AssessmentMonth.MinYear} and {AssessmentMonth.MaxYear}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AnnualAssessments.AsNoTracking().Where(a => a.Year == year);
        if (actor.ActsOnlyAsAgent)
        {
            query = query.Where(a => a.AgentCode == actor.AgentCode);
        }

        var rows = await query.OrderBy(a => a.AgentCode).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.Select(a => a.AgentCode), cancellationToken);
        return OperationResult<IReadOnlyList<AnnualAssessmentResource>>.Ok(
        [
            .. rows.Select(a => new AnnualAssessmentResource(
                a.AgentCode, names.GetValueOrDefault(a.AgentCode).Name ?? a.AgentCode, a.Year, a.MonthsScored, Round(a.MonthlyAverage), a.Satisfaction is { } s ? Math.Round(s, 2) : null,
                Round(a.RatingScore), a.TrainingsPassed, a.TrainingsRecorded, Round(a.TrainingScore), a.Score, a.Grade is { } g ? WireNames.ToWire(g) : null, a.Final, a.ComputedAt)),
        ]);
    }

    // ---------------------------------------------------------------- the run

    /// <summary>
    /// Runs a month now (HR, trainers, admins): a month that has not started is refused; the current month before its
    /// assessment time is assessed so far (provisional).
    /// </summary>
    public async Task<OperationResult<AssessmentRunResource>> RunAsync(string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryMonth(month, out var m, out var invalid))
        {
            return invalid.Failed<AssessmentRunResource>();
        }

        if (m > clock.CurrentMonth)
        {
            return OperationResult<AssessmentRunResource>.Invalid("month", $"{m} has not started yet: run this month or an earlier one.");
        }

        return OperationResult<AssessmentRunResource>.Ok(await RunMonthAsync(m, actor, cancellationToken));
    }

    /// <summary>Assesses every agent not in onboarding for <paramref name="month"/> (the job's entry, and the API's).</summary>
    public async Task<AssessmentRunResource> RunMonthAsync(AssessmentMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var final = clock.IsFinal(month);
        var (from, to) = (month.StartIn(clock.Zone), month.EndIn(clock.Zone));
        List<string> agents;
        List<string> skipped;
        IReadOnlyDictionary<string, KpiResult> kpi;
        Dictionary<string, Grade?[]> earlier;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var roster = await db.Agents.AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.Code, a.Hold }).ToListAsync(cancellationToken);
            agents = [.. roster.Where(a => a.Hold != DutyHold.Onboarding).Select(a => a.Code)];
            skipped = [.. roster.Where(a => a.Hold == DutyHold.Onboarding).Select(a => a.Code)];
            kpi = await kpis.ByAgentAsync(db, agents, from, to, cancellationToken);
            earlier = await EarlierGradesAsync(db, month, agents, cancellationToken);
        }

        var inputs = new List<AgentMonth>(agents.Count);
        foreach (var code in agents)
        {
            inputs.Add(new AgentMonth(code, kpi[code], await LostAsync(code, month, cancellationToken), earlier[code]));
        }

        var now = clock.Now;
        var rows = await writes.ApplyAsync(async write =>
        {
            var recorded = await RecordAsync(write, month, inputs, final, actor, now, cancellationToken);
            write.Publish(new AssessmentChanged(month.ToString(), agents));
            return recorded;
        }, cancellationToken);

        await ApplyTrainingAsync(month, rows, actor, cancellationToken);
        if (month.Month == 12)
        {
            await RunAnnualAsync(month.Year, only: null, final, actor, cancellationToken);
        }

        var graded = rows.Count(r => r.Grade is not null);
        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, $"assessment:{month}",
                Detail: string.Create(CultureInfo.InvariantCulture, $"TRN-03: {month} {(final ? "final" : "so far")} run, {rows.Count} agents, {graded} graded, {rows.Count - graded} awaiting attitude, {skipped.Count} in onboarding skipped")),
            cancellationToken);
        logger.LogInformation("Assessed {Month} ({Kind}): {Agents} agents, {Graded} graded", month, final ? "final" : "so far", rows.Count, graded);
        return new AssessmentRunResource(month.ToString(), final, clock.DueAt(month), now, actor.Name, rows.Count, graded, rows.Count - graded, skipped);
    }

    // ---------------------------------------------------------------- people's input

    /// <summary>
    /// TRN-04: the supervisor scores an agent's attitude for a month (this month or an earlier one). A month not run yet
    /// is computed for this agent first (so far, or final once its time has come); the score completes the result.
    /// </summary>
    public async Task<OperationResult<MonthlyAssessmentResource>> ScoreAttitudeAsync(
        string? month, string code, AttitudeRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryMonth(month, out var m, out var invalid))
        {
            return invalid;
        }

        var errors = new ValidationErrors();
        if (request?.Score is not { } score || !(score >= 0 && score <= 100))
        {
            errors.Add("score", "score is a number from 0 to 100.");
            score = 0;
        }

        errors.Optional("note", request?.Note, MonthlyAssessment.MaxNoteLength);
        if (m > clock.CurrentMonth)
        {
            errors.Add("month", $"{m} has not started yet: attitude is scored for this month or an earlier one.");
        }

        if (errors.Any)
        {
            return OperationResult<MonthlyAssessmentResource>.Invalid(errors.ToDictionary());
        }

        var key = m.ToString();
        AgentMonth input;
        bool exists;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var agent = await db.Agents.AsNoTracking().Where(a => a.Code == code).Select(a => new { a.Code, a.Hold }).FirstOrDefaultAsync(cancellationToken);
            if (agent is null)
            {
                return OperationResult<MonthlyAssessmentResource>.NotFound($"No agent with code {ValidationErrors.Echo(code)}.");
            }

            exists = await db.MonthlyAssessments.AnyAsync(a => a.Month == key && a.AgentCode == code, cancellationToken);
            if (!exists && agent.Hold == DutyHold.Onboarding)
            {
                return OperationResult<MonthlyAssessmentResource>.Conflict(
                    $"Agent {ValidationErrors.Echo(code)} is still in onboarding (TRN-01) and is not assessed this month.");
            }

            var earlier = (await EarlierGradesAsync(db, m, [code], cancellationToken))[code];
            var kpi = exists ? null : await kpis.ForAgentAsync(db, code, m.StartIn(clock.Zone), m.EndIn(clock.Zone), cancellationToken);
            input = new AgentMonth(code, kpi!, 0, earlier);
        }

        if (!exists)
        {
            input = input with { PenaltyPoints = await LostAsync(code, m, cancellationToken) };
        }

        var final = clock.IsFinal(m);
        var now = clock.Now;
        var result = await writes.RunAsync(async write =>
        {
            var row = await write.Db.MonthlyAssessments.FirstOrDefaultAsync(a => a.Month == key && a.AgentCode == code, cancellationToken);
            if (row is null)
            {
                if (input.Kpi is null)
                {
                    return OperationResult<MonthlyAssessment>.Conflict("The month's result changed meanwhile; try again.");
                }

                row = (await RecordAsync(write, m, [input], final, actor, now, cancellationToken))[0];
            }

            row.ScoreAttitude(score, request!.Note, actor.Name, now, policy, rules, input.Earlier);
            await SettleAsync(write, m, [row], actor, now, cancellationToken);
            write.Publish(new AssessmentChanged(key, [code]));
            return OperationResult<MonthlyAssessment>.Ok(row);
        }, cancellationToken);
        if (result.Value is not { } scored)
        {
            return result.Failed<MonthlyAssessmentResource>();
        }

        await ApplyTrainingAsync(m, [scored], actor, cancellationToken);
        if (m.Month == 12 && scored.Grade is not null)
        {
            await RunAnnualAsync(m.Year, [code], scored.Final, actor, cancellationToken);
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, Subject(m, code),
                Detail: string.Create(CultureInfo.InvariantCulture, $"TRN-04: attitude {score:0.#} for {m}; score {scored.Score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"}, grade {(scored.Grade is { } g ? WireNames.ToWire(g) : "-")}")),
            cancellationToken);
        return OperationResult<MonthlyAssessmentResource>.Ok((await FindAsync(m, code, cancellationToken))!);
    }

    /// <summary>TRN-08: the supervisor records the one-to-one talk about a graded month and the improvement plan.</summary>
    public async Task<OperationResult<MonthlyAssessmentResource>> ReviewAsync(
        string? month, string code, ReviewRequest? request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!TryMonth(month, out var m, out var invalid))
        {
            return invalid;
        }

        var errors = new ValidationErrors();
        if (request?.TalkedOn is not { } talkedOn)
        {
            errors.Add("talkedOn", "talkedOn is required (the day of the talk, 2026-12-02).");
            talkedOn = default;
        }
        else if (talkedOn < m.FirstDay || talkedOn > clock.Today)
        {
            errors.Add("talkedOn", $"talkedOn lies between the first day of {m} and today.");
        }

        Text(errors, "summary", request?.Summary);
        Text(errors, "improvementPlan", request?.ImprovementPlan);
        if (errors.Any)
        {
            return OperationResult<MonthlyAssessmentResource>.Invalid(errors.ToDictionary());
        }

        var key = m.ToString();
        var result = await writes.RunAsync(async write =>
        {
            var row = await write.Db.MonthlyAssessments.FirstOrDefaultAsync(a => a.Month == key && a.AgentCode == code, cancellationToken);
            if (row is null)
            {
                return OperationResult<MonthlyAssessment>.NotFound($"No {m} assessment for agent {ValidationErrors.Echo(code)}.");
            }

            row.Review(talkedOn, request!.Summary!, request.ImprovementPlan!, actor.Name, clock.Now);
            write.Publish(new AssessmentChanged(key, [code]));
            return OperationResult<MonthlyAssessment>.Ok(row);
        }, cancellationToken);
        if (!result.Succeeded)
        {
            return result.Failed<MonthlyAssessmentResource>();
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, Subject(m, code), Detail: string.Create(CultureInfo.InvariantCulture, $"TRN-08: one-to-one talk on {talkedOn:yyyy-MM-dd} and improvement plan recorded")),
            cancellationToken);
        return OperationResult<MonthlyAssessmentResource>.Ok((await FindAsync(m, code, cancellationToken))!);
    }

    // ---------------------------------------------------------------- inside the write

    /// <summary>Replaces the computed parts of each agent's row (creating it the first time), then settles the consequences.</summary>
    private async Task<List<MonthlyAssessment>> RecordAsync(
        WriteScope write, AssessmentMonth month, IReadOnlyList<AgentMonth> inputs, bool final, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = month.ToString();
        var codes = inputs.Select(i => i.AgentCode).ToList();
        var existing = await write.Db.MonthlyAssessments.Where(a => a.Month == key && codes.Contains(a.AgentCode)).ToDictionaryAsync(a => a.AgentCode, cancellationToken);
        var rows = new List<MonthlyAssessment>(inputs.Count);
        foreach (var input in inputs)
        {
            if (!existing.TryGetValue(input.AgentCode, out var row))
            {
                row = new MonthlyAssessment(Guid.CreateVersion7(now), month, input.AgentCode);
                write.Db.MonthlyAssessments.Add(row);
            }

            row.Record(input.Kpi, input.PenaltyPoints, final, now, actor.Name, policy, rules, input.Earlier);
            rows.Add(row);
        }

        await SettleAsync(write, month, rows, actor, now, cancellationToken);
        return rows;
    }

    /// <summary>
    /// The consequences that belong in the write: a final month's termination proposal filed or withdrawn (TRN-06), and a
    /// bonus grade marked applied (it has no action of the console's). The remedial training follows the commit.
    /// </summary>
    private async Task SettleAsync(WriteScope write, AssessmentMonth month, IReadOnlyList<MonthlyAssessment> rows, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = month.ToString();
        var finals = rows.Where(r => r.Final && r.Grade is not null).ToList();
        var codes = finals.Select(r => r.AgentCode).ToList();
        var proposals = codes.Count == 0
            ? []
            : await write.Db.TerminationProposals.Where(p => p.Month == key && codes.Contains(p.AgentCode)).ToDictionaryAsync(p => p.AgentCode, cancellationToken);
        foreach (var row in finals)
        {
            if (row.TerminationProposed)
            {
                if (proposals.TryGetValue(row.AgentCode, out var proposal))
                {
                    proposal.Propose(row.ConsecutiveFailedMonths, row.Score!.Value, now, actor.Name);
                }
                else
                {
                    write.Db.TerminationProposals.Add(new TerminationProposal(
                        Guid.CreateVersion7(now), month, row.AgentCode, row.ConsecutiveFailedMonths, row.Score!.Value, now, actor.Name));
                }
            }
            else if (proposals.TryGetValue(row.AgentCode, out var standing))
            {
                standing.Withdraw(now);
            }

            if (row.NeedsConsequences && row.Consequence is AssessmentConsequence.ExcellentBonus or AssessmentConsequence.BaseBonus)
            {
                row.ConsequencesApplied(row.Consequence.Value, now);
            }
        }
    }

    // ---------------------------------------------------------------- after the commit

    /// <summary>
    /// TRN-05: sends each final failed month to the remedial training, after the write has committed (the training runs
    /// its own write), then marks it applied. A failure is logged and retried by the next run or attitude score.
    /// </summary>
    private async Task ApplyTrainingAsync(AssessmentMonth month, IReadOnlyList<MonthlyAssessment> rows, Actor actor, CancellationToken cancellationToken)
    {
        var due = rows.Where(r => r.NeedsConsequences && r.Consequence is AssessmentConsequence.RemedialTraining or AssessmentConsequence.TerminationProposal).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var qualified = policyOptions.Value.Training.QualifiedScore;
        var applied = new Dictionary<string, AssessmentConsequence>(StringComparer.Ordinal);
        foreach (var row in due)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"{month} 月度考核不合格:{row.Score:0.0} 分(合格线 {qualified:0.#} 分)");
            var assigned = await trainings.AssignAsync(
                new TrainingAssignmentRequest(row.AgentCode, TrainingAssignmentKind.Remedial, RemedialRuleId, $"assessment:{month}", reason, actor.Name),
                cancellationToken);
            if (assigned.Succeeded)
            {
                applied[row.AgentCode] = row.Consequence!.Value;
            }
            else
            {
                logger.LogWarning("The remedial training of {Agent} for {Month} was not assigned ({Status}: {Detail}); the next run retries",
                    row.AgentCode, month, assigned.Status, assigned.Detail);
            }
        }

        if (applied.Count == 0)
        {
            return;
        }

        var key = month.ToString();
        var codes = applied.Keys.ToList();
        var now = clock.Now;
        await writes.ApplyAsync(async write =>
        {
            var stored = await write.Db.MonthlyAssessments.Where(a => a.Month == key && codes.Contains(a.AgentCode)).ToListAsync(cancellationToken);
            foreach (var row in stored.Where(r => r.Consequence == applied[r.AgentCode]))
            {
                row.ConsequencesApplied(applied[row.AgentCode], now);
            }

            write.Publish(new AssessmentChanged(key, codes));
            return stored.Count;
        }, cancellationToken);
    }

    /// <summary>
    /// TRN-03: the annual assessment of <paramref name="year"/> for every agent with a monthly result that year (or
    /// <paramref name="only"/> those), from the monthly scores, the year's customer ratings and the training file.
    /// </summary>
    /// <remarks>
    /// The training part reads the year of the agent's training file (<see cref="ITrainingFile.YearAsync"/>): monthly
    /// sessions attended and missed, and the onboarding exam and required trainings passed and failed. Interpretation:
    /// attended and passed count for the agent; the part is their share of everything recorded that year.
    /// </remarks>
    private async Task RunAnnualAsync(int year, IReadOnlyList<string>? only, bool final, Actor actor, CancellationToken cancellationToken)
    {
        var months = Enumerable.Range(1, 12).Select(m => new AssessmentMonth(year, m).ToString()).ToList();
        var (from, to) = (new AssessmentMonth(year, 1).StartIn(clock.Zone), new AssessmentMonth(year, 12).EndIn(clock.Zone));
        Dictionary<string, List<double>> scores;
        IReadOnlyDictionary<string, KpiResult> ratings;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var query = db.MonthlyAssessments.AsNoTracking().Where(a => months.Contains(a.Month) && a.Score != null);
            if (only is not null)
            {
                query = query.Where(a => only.Contains(a.AgentCode));
            }

            var rows = await query.Select(a => new { a.AgentCode, a.Score }).ToListAsync(cancellationToken);
            scores = rows.GroupBy(r => r.AgentCode).ToDictionary(g => g.Key, g => g.Select(r => r.Score!.Value).ToList(), StringComparer.Ordinal);
            ratings = await kpis.ByAgentAsync(db, scores.Keys, from, to, cancellationToken);
        }

        var results = new Dictionary<string, AnnualScore>(StringComparer.Ordinal);
        foreach (var (code, monthly) in scores)
        {
            // TRN-07: what counts for the agent (sessions attended, trainings and exams passed) of everything recorded that year.
            var file = await trainingFile.YearAsync(code, year, cancellationToken);
            var good = file.SessionsAttended + file.TrainingsPassed;
            var recorded = good + file.SessionsMissed + file.TrainingsFailed;
            results[code] = annualPolicy.Assess(monthly, ratings[code].Satisfaction, good, recorded);
        }

        if (results.Count == 0)
        {
            return;
        }

        var now = clock.Now;
        await writes.ApplyAsync(async write =>
        {
            var codes = results.Keys.ToList();
            var existing = await write.Db.AnnualAssessments.Where(a => a.Year == year && codes.Contains(a.AgentCode)).ToDictionaryAsync(a => a.AgentCode, cancellationToken);
            foreach (var (code, score) in results)
            {
                if (!existing.TryGetValue(code, out var row))
                {
                    row = new AnnualAssessment(Guid.CreateVersion7(now), year, code);
                    write.Db.AnnualAssessments.Add(row);
                }

                row.Record(score, final, now, actor.Name);
            }

            write.Publish(new AssessmentChanged($"{year}-12", codes));
            return codes.Count;
        }, cancellationToken);
    }

    // ---------------------------------------------------------------- helpers

    private async Task<MonthlyAssessmentResource?> FindAsync(AssessmentMonth month, string code, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = month.ToString();
        var row = await db.MonthlyAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Month == key && a.AgentCode == code, cancellationToken);
        return row is null ? null : (await ResourcesAsync(db, [row], cancellationToken))[0];
    }

    /// <summary>For each agent, the final grades of the months before <paramref name="month"/> TRN-06 looks at, the nearest first.</summary>
    private async Task<Dictionary<string, Grade?[]>> EarlierGradesAsync(ConsoleDbContext db, AssessmentMonth month, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var months = new List<string>();
        for (var (m, i) = (month, 0); i < rules.MonthsLookedBack; i++)
        {
            m = m.Previous;
            months.Add(m.ToString());
        }

        var codeList = codes.ToList();
        var rows = months.Count == 0
            ? []
            : await db.MonthlyAssessments.AsNoTracking()
                .Where(a => months.Contains(a.Month) && codeList.Contains(a.AgentCode))
                .Select(a => new { a.AgentCode, a.Month, a.Grade, a.Final })
                .ToListAsync(cancellationToken);
        var byKey = rows.ToDictionary(r => (r.AgentCode, r.Month));
        return codeList.ToDictionary(
            code => code,
            code => months.Select(mk => byKey.TryGetValue((code, mk), out var r) && r.Final ? r.Grade : null).ToArray(),
            StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, (string Name, string Team, string TeamName)>> NamesAsync(ConsoleDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var list = codes.Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => list.Contains(a.Code))
            .Join(db.Teams.AsNoTracking(), a => a.TeamCode, t => t.Code, (a, t) => new { a.Code, a.Name, a.TeamCode, Team = t.Name })
            .ToListAsync(cancellationToken);
        return agents.ToDictionary(a => a.Code, a => (a.Name, a.TeamCode, a.Team), StringComparer.Ordinal);
    }

    private static async Task<List<MonthlyAssessmentResource>> ResourcesAsync(ConsoleDbContext db, IReadOnlyList<MonthlyAssessment> rows, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(db, rows.Select(r => r.AgentCode), cancellationToken);
        return [.. rows.OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.AgentCode, StringComparer.Ordinal).Select(r => ToResource(r, names))];
    }

    private static MonthlyAssessmentResource ToResource(MonthlyAssessment a, Dictionary<string, (string Name, string Team, string TeamName)> names)
    {
        var (name, team, teamName) = names.TryGetValue(a.AgentCode, out var n) ? n : (a.AgentCode, "", "");
        return new MonthlyAssessmentResource(
            a.AgentCode, name, team, teamName, a.Month, WireNames.ToWire(a.Status),
            a.ResponseCompliance, a.FirstContactResolution, a.Satisfaction,
            Round(a.Quantitative)!.Value, a.Attitude, Round(a.RuleCompliance)!.Value, Round(a.Qualitative),
            a.Score, a.Grade is { } g ? WireNames.ToWire(g) : null, a.BonusYuan, a.Consequence is { } c ? WireNames.ToWire(c) : null,
            a.PromotionPriority, a.TerminationProposed, a.ConsecutiveFailedMonths,
            a.ContactsMeasured, a.ResolutionsMeasured, a.Ratings, a.PenaltyPoints,
            a.AttitudeNote, a.AttitudeBy, a.AttitudeAt, a.Final, a.ComputedAt, a.ComputedBy, a.ConsequencesAppliedAt,
            a.TalkedOn is { } on ? new AssessmentReviewResource(on, a.TalkSummary!, a.ImprovementPlan!, a.ReviewedBy!, a.ReviewedAt!.Value) : null);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    private static string Subject(AssessmentMonth month, string code) => $"assessment:{month}:{code}";

    /// <summary>The <paramref name="count"/> months up to and including <paramref name="through"/>, oldest first.</summary>
    public static IReadOnlyList<AssessmentMonth> MonthsUpTo(AssessmentMonth through, int count)
    {
        var months = new List<AssessmentMonth>();
        for (var (m, i) = (through, 0); i < count && m.Year >= AssessmentMonth.MinYear; i++)
        {
            months.Add(m);
            if (m.Year == AssessmentMonth.MinYear && m.Month == 1)
            {
                break;
            }

            m = m.Previous;
        }

        months.Reverse();
        return months;
    }

    private static bool TryMonth(string? text, out AssessmentMonth month, out OperationResult<MonthlyAssessmentResource> invalid)
    {
        invalid = OperationResult<MonthlyAssessmentResource>.Invalid("month", "month must look like 2026-11 (years 2000 to 2100).");
        return AssessmentMonth.TryParse(text, out month);
    }

    /// <summary>A required text of several lines: present, at most <see cref="MaxTextLength"/> characters, no control characters but line breaks and tabs.</summary>
    private static void Text(ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{field} is required.");
        }
        else if (value.Length > MaxTextLength)
        {
            errors.Add(field, $"{field} must be at most {MaxTextLength} characters.");
        }
        else if (value.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')))
        {
            errors.Add(field, $"{field} must not contain control characters.");
        }
    }

    /// <summary>What one agent's month is computed from, read before the write.</summary>
    /// <summary>
    /// TRN-04 rule compliance: the points lost in the month on the points ledger (SVC-10, CMP-12) plus the configured
    /// deductions of the approved penalties dated in the month (GEN-07); rewards take nothing and add nothing.
    /// </summary>
    private async Task<int> LostAsync(string code, AssessmentMonth month, CancellationToken cancellationToken) =>
        await penalties.LostAsync(code, month.StartIn(clock.Zone), month.EndIn(clock.Zone), cancellationToken)
        + await discipline.DeductionAsync(code, month.FirstDay, month.Next.FirstDay, cancellationToken);

    private sealed record AgentMonth(string AgentCode, KpiResult Kpi, int PenaltyPoints, Grade?[] Earlier);
}
