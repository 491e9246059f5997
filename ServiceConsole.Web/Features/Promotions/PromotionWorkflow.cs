using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Promotions;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Assessment;
using ServiceConsole.Web.Features.Personnel;
using ServiceConsole.Web.Features.Points;
using ServiceConsole.Web.Features.Training;

namespace ServiceConsole.Web.Features.Promotions;

/// <summary>
/// The promotion workflow (PRM-01…05) over <see cref="PromotionApplication"/>: scope, validation, persistence, the
/// Quartz reminder and effective-date jobs, the audit trail. A record outside the viewer's scope answers exactly like one
/// that does not exist; a viewer who may read it but not take the step gets 403.
/// </summary>
public sealed class PromotionWorkflow(
    WritePath writes,
    IDbContextFactory<ConsoleDbContext> dbFactory,
    PolicyOptions policy,
    TimeProvider time,
    CentreTimeZone centre,
    IStaffDirectory staff,
    IAuditTrail audit,
    PromotionScheduler scheduler,
    IMonthlyAssessments assessments,
    IAssessmentTrends trends,
    ITrainingFile trainingFile,
    IPointsLedger points,
    IPersonnelFile personnel,
    ILogger<PromotionWorkflow> logger) : IPromotionWorkflow
{
    private const int TextMax = 4000;

    private PromotionOptions Options => policy.Promotion;

    private DateOnly Today => DateOnly.FromDateTime(centre.ToLocal(time.GetUtcNow()).DateTime);

    public async Task<OperationResult<PromotionResource>> ApplyAsync(PromotionApplyRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, 20);
        errors.Required("statement", request.Statement, TextMax);
        if (!PromotionLevels.TryParse(request.TargetLevel?.Trim(), out PromotionLevel target) || target == PromotionLevel.Specialist)
        {
            errors.Add("targetLevel", $"Unsupported target level {ValidationErrors.Echo(request.TargetLevel)}: use supervisor or manager.");
        }

        if (errors.Any)
        {
            return OperationResult<PromotionResource>.Invalid(errors.ToDictionary());
        }

        var code = request.AgentCode!.Trim();

        // An agent applies for themselves only; HR applies for anyone. Another agent's code answers as unknown.
        if (!viewer.IsHr && viewer.AgentCode != code)
        {
            return NotFoundAgent(code);
        }

        var result = await writes.RunAsync(async write =>
        {
            var agent = await write.Db.Agents.FirstOrDefaultAsync(a => a.Code == code, write.CancellationToken);
            if (agent is null)
            {
                return NotFoundAgent(code);
            }

            var earlier = await write.Db.PromotionApplications.Where(p => p.AgentCode == code).ToListAsync(write.CancellationToken);
            var now = time.GetUtcNow();
            var application = PromotionApplication.Apply(
                Guid.CreateVersion7(now), code, agent.Level, target, request.Statement!, viewer.UserName, earlier, now, Options);
            write.Db.PromotionApplications.Add(application);
            await write.SaveAsync();
            var team = await TeamAsync(write.Db, agent.TeamCode, write.CancellationToken);
            write.Publish(new PromotionChanged(application.Id, code));
            write.AfterCommit(ct => ScheduleReminderAsync(application, ct));
            return OperationResult<PromotionResource>.Created(ToResource(application, agent, team, viewer, now));
        }, cancellationToken);
        await AuditAsync(result, viewer, "apply", cancellationToken);
        return result;
    }

    public Task<OperationResult<PromotionResource>> ReviewAsync(Guid id, PromotionReviewRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        if (request.Approve is null)
        {
            errors.Add("approve", "Say whether the first review supports the application (true or false).");
        }

        errors.Optional("note", request.Note, TextMax);
        errors.Optional("teamworkNote", request.TeamworkNote, TextMax);
        if (request.Approve == false && string.IsNullOrWhiteSpace(request.Note))
        {
            errors.Add("note", "A refusal at first review gives its reason.");
        }

        return StepAsync(id, viewer, errors, "review", (c, now) =>
        {
            // PRM-03: the direct supervisor of the agent's team, and nobody else, does the first review.
            if (c.Team?.SupervisorUserName != viewer.UserName || !viewer.IsSupervisor)
            {
                return OperationResult<PromotionResource>.Forbidden($"Only the direct supervisor of team {c.Agent.TeamCode} reviews this application.");
            }

            c.Application.Review(request.Approve!.Value, request.Note, request.TeamworkNote, viewer.UserName, now);
            return null;
        }, cancellationToken);
    }

    public Task<OperationResult<PromotionResource>> DecideAsync(Guid id, PromotionDecideRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        if (request.Approve is null)
        {
            errors.Add("approve", "Say whether the committee approves (true or false).");
        }

        errors.Required("rationale", request.Rationale, TextMax);
        return StepAsync(id, viewer, errors, "decide", (c, now) =>
        {
            if (!viewer.IsCommittee)
            {
                return OperationResult<PromotionResource>.Forbidden("Only the review committee (HR and customer-service management) decides.");
            }

            c.Application.Decide(request.Approve!.Value, request.Rationale!, viewer.UserName, now, Options);
            return null;
        }, cancellationToken);
    }

    public Task<OperationResult<PromotionResource>> ObjectAsync(Guid id, PromotionObjectionRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        errors.Required("text", request.Text, TextMax);
        return StepAsync(id, viewer, errors, "object", (c, now) =>
        {
            c.Application.FileObjection(Guid.CreateVersion7(now), request.Text!, viewer.UserName, now);
            return null;
        }, cancellationToken, publicityIsPublic: true);
    }

    public Task<OperationResult<PromotionResource>> AnswerAsync(Guid id, Guid objectionId, PromotionAnswerRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        errors.Required("answer", request.Answer, TextMax);
        return StepAsync(id, viewer, errors, "answer", (c, now) =>
        {
            if (!viewer.IsHr)
            {
                return OperationResult<PromotionResource>.Forbidden("HR answers the objections.");
            }

            if (c.Application.Objections.All(o => o.Id != objectionId))
            {
                return OperationResult<PromotionResource>.NotFound($"No objection {objectionId} on promotion {id}.");
            }

            c.Application.AnswerObjection(objectionId, request.Answer!, viewer.UserName, now);
            return null;
        }, cancellationToken);
    }

    public Task<OperationResult<PromotionResource>> ApproveAsync(Guid id, PromotionNoteRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        errors.Optional("note", request.Note, TextMax);
        return StepAsync(id, viewer, errors, "approve", (c, now) =>
        {
            if (!viewer.IsHr)
            {
                return OperationResult<PromotionResource>.Forbidden("HR gives the final approval.");
            }

            c.Application.Approve(request.Note, viewer.UserName, now, DateOnly.FromDateTime(centre.ToLocal(now).DateTime));
            return null;
        }, cancellationToken);
    }

    public Task<OperationResult<PromotionResource>> RejectAsync(Guid id, PromotionNoteRequest request, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        errors.Required("note", request.Note, TextMax);
        return StepAsync(id, viewer, errors, "reject", (c, now) =>
        {
            if (!viewer.IsHr)
            {
                return OperationResult<PromotionResource>.Forbidden("HR rejects an application.");
            }

            c.Application.Reject(request.Note!, viewer.UserName, now);
            return null;
        }, cancellationToken);
    }

    public async Task<PromotionResource?> GetAsync(Guid id, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await LoadAsync(db, id, tracked: false, cancellationToken);
        var now = time.GetUtcNow();
        return found is { } c && CanRead(viewer, c, now, publicityIsPublic: true) ? ToResource(c.Application, c.Agent, c.Team, viewer, now) : null;
    }

    public async Task<OperationResult<IReadOnlyList<PromotionResource>>> ListAsync(string? status, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        PromotionStatus? only = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!PromotionLevels.TryParse(status.Trim(), out PromotionStatus parsed))
            {
                return OperationResult<IReadOnlyList<PromotionResource>>.Invalid(
                    "status", $"Unsupported status {ValidationErrors.Echo(status)}: use first-review, committee, publicity, approved, effective or rejected.");
            }

            only = parsed;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.PromotionApplications.AsNoTracking();
        if (only is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (!viewer.ReadsAll)
        {
            var teams = viewer.IsSupervisor
                ? await db.Teams.Where(t => t.SupervisorUserName == viewer.UserName).Select(t => t.Code).ToListAsync(cancellationToken)
                : [];
            var own = viewer.AgentCode;
            query = query.Where(p => p.AgentCode == own || db.Agents.Any(a => a.Code == p.AgentCode && teams.Contains(a.TeamCode)));
        }

        var applications = await query.ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var (agents, teamsByCode) = await PeopleAsync(db, applications.Select(a => a.AgentCode), cancellationToken);
        return OperationResult<IReadOnlyList<PromotionResource>>.Ok([.. applications
            .OrderBy(a => a.IsOpen ? 0 : 1).ThenByDescending(a => a.AppliedAt)
            .Select(a => ToResource(a, agents[a.AgentCode], teamsByCode.GetValueOrDefault(agents[a.AgentCode].TeamCode), viewer, now))]);
    }

    public async Task<IReadOnlyList<PromotionPublicityResource>> PublicityAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var running = await db.PromotionApplications.AsNoTracking()
            .Where(p => p.Status == PromotionStatus.Publicity && p.PublicityEndsAt > now)
            .ToListAsync(cancellationToken);
        var (agents, teams) = await PeopleAsync(db, running.Select(a => a.AgentCode), cancellationToken);
        return [.. running.OrderBy(p => p.PublicityEndsAt).Select(p =>
        {
            var agent = agents[p.AgentCode];
            return new PromotionPublicityResource(
                p.Id, p.AgentCode, agent.Name, teams.GetValueOrDefault(agent.TeamCode)?.Name ?? agent.TeamCode,
                PromotionLevels.ToWire(p.TargetLevel), p.PublicityEndsAt!.Value);
        })];
    }

    public async Task<PromotionProfileResource?> ProfileAsync(string agentCode, PromotionViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentCode);
        ArgumentNullException.ThrowIfNull(viewer);
        Agent? agent;
        Team? team;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
            team = agent is null ? null : await TeamAsync(db, agent.TeamCode, cancellationToken);
        }

        if (agent is null || !(viewer.ReadsAll || viewer.AgentCode == agentCode || (viewer.IsSupervisor && team?.SupervisorUserName == viewer.UserName)))
        {
            return null;
        }

        // PRM-02: the last evaluation period (a quarter by default), the months before this one; read through the
        // services that own the data rather than querying their tables again.
        var through = AssessmentMonth.Of(Today).Previous;
        var months = new List<AssessmentMonth> { through };
        while (months.Count < Options.EvaluationMonths)
        {
            months.Insert(0, months[0].Previous);
        }

        var history = await assessments.HistoryAsync(agentCode, through, Options.EvaluationMonths, cancellationToken);
        var feedback = await trends.TrendAsync(through, Options.EvaluationMonths, agentCode, cancellationToken);
        var file = await trainingFile.ForAgentAsync(agentCode, cancellationToken);
        var reader = new Actor(viewer.UserName, null, false);
        var entries = new List<PointsEntryResource>();
        foreach (var month in months)
        {
            var listed = await points.ListAsync("agent", agentCode, $"{month.Year:D4}-{month.Month:D2}", reader, cancellationToken);
            if (listed.Value is { } rows)
            {
                entries.AddRange(rows);
            }
        }

        // GEN-07: the decided rewards and penalties feed the review; a proposal still waiting is not yet a record.
        var records = (await personnel.ForAgentAsync(agentCode, cancellationToken))?.Records.Where(r => r.Status == "approved").ToList() ?? [];
        return new PromotionProfileResource(
            agent.Code, agent.Name, team?.Name ?? agent.TeamCode, PromotionLevels.ToWire(agent.Level),
            PromotionLevels.Next(agent.Level) is { } next ? PromotionLevels.ToWire(next) : null,
            [.. months.Select(m => $"{m.Year:D4}-{m.Month:D2}")],
            history,
            feedback.Agents.FirstOrDefault(a => a.Key == agentCode)?.Points ?? [],
            file,
            entries,
            records);
    }

    /// <summary>PRM-03: the Quartz reminder fired: tells the direct supervisor once, while the first review is still to do.</summary>
    public async Task<bool> RemindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var reminded = await writes.ApplyAsync(async write =>
        {
            var found = await LoadAsync(write.Db, id, tracked: true, write.CancellationToken);
            if (found is not { } c || c.Application.Status != PromotionStatus.FirstReview || c.Application.ReviewReminderSent
                || c.Team?.SupervisorUserName is not { } supervisor)
            {
                return null;
            }

            c.Application.ReminderSent();
            write.Publish(new PromotionReviewReminder(id, c.Agent.Code, c.Agent.Name, supervisor, c.Application.FirstReviewDueAt));
            return supervisor;
        }, cancellationToken);
        if (reminded is not null)
        {
            await audit.RecordAsync(new AuditEvent("system", AuditActions.Decision, $"promotion:{id}", Detail: $"PRM-03 first review reminder sent to {reminded}"), cancellationToken);
        }

        return reminded is not null;
    }

    /// <summary>PRM-04: the Quartz job on the effective day: the agent takes the new level; harmless when run again or early.</summary>
    public async Task<bool> TakeEffectAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var promoted = await writes.ApplyAsync(async write =>
        {
            var found = await LoadAsync(write.Db, id, tracked: true, write.CancellationToken);
            if (found is not { } c || !c.Agent.Promote(c.Application, Today, time.GetUtcNow()))
            {
                return false;
            }

            write.Publish(new PromotionChanged(id, c.Agent.Code));
            return true;
        }, cancellationToken);
        if (promoted)
        {
            await audit.RecordAsync(new AuditEvent("system", AuditActions.Decision, $"promotion:{id}", Detail: "PRM-04 promotion took effect: the agent's level changed"), cancellationToken);
        }

        return promoted;
    }

    /// <summary>Applications whose job must be on the scheduler (start-up sync): first reviews not reminded, approvals not yet in effect.</summary>
    public async Task<IReadOnlyList<PromotionApplication>> PendingJobsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PromotionApplications.AsNoTracking()
            .Where(p => (p.Status == PromotionStatus.FirstReview && !p.ReviewReminderSent) || p.Status == PromotionStatus.Approved)
            .ToListAsync(cancellationToken);
    }

    /// <summary>When the reminder for <paramref name="application"/>'s first review fires.</summary>
    public DateTimeOffset ReminderAt(PromotionApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return application.FirstReviewDueAt.AddHours(-Options.FirstReviewReminderHoursBefore);
    }

    /// <summary>The instant the effective day starts in the centre (its local midnight).</summary>
    public DateTimeOffset EffectiveAt(DateOnly day) => AssessmentMonth.At(day, TimeOnly.MinValue, centre.Zone);

    public Task ScheduleReminderAsync(PromotionApplication application, CancellationToken cancellationToken) =>
        scheduler.ScheduleReminderAsync(application.Id, ReminderAt(application), cancellationToken);

    public Task ScheduleEffectiveAsync(PromotionApplication application, CancellationToken cancellationToken) =>
        application.EffectiveOn is { } day ? scheduler.ScheduleEffectiveAsync(application.Id, EffectiveAt(day), cancellationToken) : Task.CompletedTask;

    private async Task<OperationResult<PromotionResource>> StepAsync(
        Guid id, PromotionViewer viewer, ValidationErrors errors, string action,
        Func<Loaded, DateTimeOffset, OperationResult<PromotionResource>?> step, CancellationToken cancellationToken, bool publicityIsPublic = false)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (errors.Any)
        {
            return OperationResult<PromotionResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var now = time.GetUtcNow();
            var found = await LoadAsync(write.Db, id, tracked: true, write.CancellationToken);
            if (found is not { } c || !CanRead(viewer, c, now, publicityIsPublic))
            {
                return OperationResult<PromotionResource>.NotFound($"No promotion application with id {id}.");
            }

            if (step(c, now) is { } refused)
            {
                return refused;
            }

            await write.SaveAsync();
            write.Publish(new PromotionChanged(id, c.Agent.Code));
            if (c.Application.Status == PromotionStatus.Approved)
            {
                write.AfterCommit(ct => ScheduleEffectiveAsync(c.Application, ct));
            }
            else if (!c.Application.IsOpen || c.Application.Status != PromotionStatus.FirstReview)
            {
                write.AfterCommit(ct => scheduler.UnscheduleReminderAsync(id, ct));
            }

            return OperationResult<PromotionResource>.Ok(ToResource(c.Application, c.Agent, c.Team, viewer, now));
        }, cancellationToken);
        await AuditAsync(result, viewer, action, cancellationToken);
        return result;
    }

    private async Task AuditAsync(OperationResult<PromotionResource> result, PromotionViewer viewer, string action, CancellationToken cancellationToken)
    {
        if (result.Value is not { } p)
        {
            return;
        }

        // PRM-05: every step in the hash-chained audit trail, next to the application's own record of it.
        var last = p.Steps[^1];
        await audit.RecordAsync(
            new AuditEvent(viewer.UserName, AuditActions.Decision, $"promotion:{p.Id}",
                Detail: $"PRM-05 promotion {action}: {last.Kind}{(last.Approve is { } a ? a ? " (approve)" : " (refuse)" : "")}, agent {p.AgentCode} → {p.TargetLevel}, status {p.Status}"),
            cancellationToken);
        logger.LogInformation("Promotion {Id} {Action} by {User}: now {Status}", p.Id, action, viewer.UserName, p.Status);
    }

    private static bool CanRead(PromotionViewer viewer, Loaded c, DateTimeOffset now, bool publicityIsPublic) =>
        viewer.ReadsAll
        || (viewer.AgentCode is { } own && own == c.Application.AgentCode)
        || (viewer.IsSupervisor && c.Team?.SupervisorUserName == viewer.UserName)
        || (publicityIsPublic && c.Application.IsInPublicity(now));

    private static async Task<Loaded?> LoadAsync(ConsoleDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var applications = tracked ? db.PromotionApplications : db.PromotionApplications.AsNoTracking();
        var application = await applications.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var agents = tracked ? db.Agents : db.Agents.AsNoTracking();
        var agent = await agents.FirstAsync(a => a.Code == application.AgentCode, cancellationToken);
        return new Loaded(application, agent, await TeamAsync(db, agent.TeamCode, cancellationToken));
    }

    private static Task<Team?> TeamAsync(ConsoleDbContext db, string teamCode, CancellationToken cancellationToken) =>
        db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Code == teamCode, cancellationToken);

    private static async Task<(Dictionary<string, Agent> Agents, Dictionary<string, Team> Teams)> PeopleAsync(
        ConsoleDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(a => wanted.Contains(a.Code)).ToDictionaryAsync(a => a.Code, cancellationToken);
        var teamCodes = agents.Values.Select(a => a.TeamCode).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamCodes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, cancellationToken);
        return (agents, teams);
    }

    private PromotionResource ToResource(PromotionApplication a, Agent agent, Team? team, PromotionViewer viewer, DateTimeOffset now)
    {
        bool SeesAuthor(string filedBy) => viewer.SeesObjectors || filedBy == viewer.UserName;
        var reviewer = team?.SupervisorUserName;
        return new PromotionResource(
            a.Id,
            a.AgentCode,
            agent.Name,
            agent.TeamCode,
            team?.Name ?? agent.TeamCode,
            PromotionLevels.ToWire(a.FromLevel),
            PromotionLevels.ToWire(a.TargetLevel),
            a.Statement,
            PromotionLevels.ToWire(a.Status),
            a.AppliedBy,
            a.AppliedAt,
            reviewer,
            reviewer is null ? null : staff.NameOf(reviewer),
            a.FirstReviewDueAt,
            a.IsFirstReviewOverdue(now),
            a.TeamworkNotes,
            a.PublicityStartsAt,
            a.PublicityEndsAt,
            a.IsInPublicity(now),
            a.EffectiveOn,
            a.ClosedAt,
            a.UnansweredObjections,
            [.. a.Steps.OrderBy(s => s.Sequence).Select(s =>
            {
                var hidden = s.Kind == PromotionStepKind.Objection && !SeesAuthor(s.By);
                return new PromotionStepResource(
                    s.Sequence, PromotionLevels.ToWire(s.Kind), hidden ? null : s.By, hidden ? null : staff.NameOf(s.By), s.At, s.Approve, s.Note,
                    s.Kind == PromotionStepKind.FirstReview && s.At > a.FirstReviewDueAt);
            })],
            [.. a.Objections.OrderBy(o => o.FiledAt).Select(o => new PromotionObjectionResource(
                o.Id, o.Text, SeesAuthor(o.FiledBy) ? o.FiledBy : null, SeesAuthor(o.FiledBy) ? staff.NameOf(o.FiledBy) : null, o.FiledAt,
                o.Answer, o.AnsweredBy, o.AnsweredBy is null ? null : staff.NameOf(o.AnsweredBy), o.AnsweredAt))]);
    }

    private static OperationResult<PromotionResource> NotFoundAgent(string code) =>
        OperationResult<PromotionResource>.NotFound($"No agent {ValidationErrors.Echo(code)}.");

    private sealed record Loaded(PromotionApplication Application, Agent Agent, Team? Team);
}
