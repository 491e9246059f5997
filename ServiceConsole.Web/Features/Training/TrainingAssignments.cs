using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Training;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Board;

namespace ServiceConsole.Web.Features.Training;

/// <summary>
/// The trainings a rule requires (TRN-05 remedial, SVC-11 service norms). Assigning one holds the agent off duty
/// (<see cref="DutyHold.Training"/>, with the rule) in the same write; a pass releases the hold once no other required
/// training is open; a fail suspends the agent (<see cref="DutyHold.Suspension"/>: TRN-06 for
/// <c>Policy:Training:SuspensionDays</c>, SVC-11 for <c>Policy:Service:AttitudeTrainingFailSuspensionDays</c>) and a
/// persistent Quartz job (<see cref="TrainingSuspensionJob"/>) ends the suspension at its end.
/// </summary>
/// <remarks>
/// A hold replaces the agent's earlier one (<see cref="Agent.PlaceHold"/>): a training assigned to a suspended agent
/// holds them in training until it is passed, and the suspension's job then finds a newer hold and leaves it.
/// </remarks>
public sealed class TrainingAssignments(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    ISupervisorActions supervisor,
    TrainingSuspensionScheduler suspensions,
    IOptions<PolicyOptions> policy,
    IAuditTrail audit,
    TimeProvider time,
    ILogger<TrainingAssignments> logger) : ITrainingAssignments
{
    public async Task<OperationResult<TrainingAssignmentResource>> AssignAsync(TrainingAssignmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, 20);
        errors.Required("ruleId", request.RuleId, 20);
        errors.Required("sourceKey", request.SourceKey, 100);
        errors.Required("reason", request.Reason, 500);
        errors.Required("assignedBy", request.AssignedBy, 100);
        if (!Enum.IsDefined(request.Kind))
        {
            errors.Add("kind", "kind is remedial or service-norm.");
        }

        if (errors.Any)
        {
            return OperationResult<TrainingAssignmentResource>.Invalid(errors.ToDictionary());
        }

        var kind = ToDomain(request.Kind);
        var days = DaysOf(kind);
        var sourceKey = request.SourceKey.Trim();
        var result = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var existing = await db.TrainingAssignments.AsNoTracking()
                .FirstOrDefaultAsync(a => a.AgentCode == request.AgentCode && a.Kind == kind && a.SourceKey == sourceKey, cancellationToken);
            if (existing is not null)
            {
                return OperationResult<TrainingAssignment>.Ok(existing);
            }

            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Code == request.AgentCode, cancellationToken);
            if (agent is null)
            {
                return OperationResult<TrainingAssignment>.NotFound($"No agent with code {ValidationErrors.Echo(request.AgentCode)}.");
            }

            var now = time.GetUtcNow();
            var assignment = TrainingAssignment.Assign(
                Guid.CreateVersion7(now), agent.Code, kind, request.RuleId, sourceKey, request.Reason, days, request.AssignedBy, now);
            db.TrainingAssignments.Add(assignment);
            await supervisor.PlaceHoldAsync(write, agent, DutyHold.Training, assignment.RuleId, until: null);
            write.Publish(new TrainingChanged(agent.Code));
            return OperationResult<TrainingAssignment>.Created(assignment);
        }, cancellationToken);
        if (result.Value is not { } assigned)
        {
            return result.Failed<TrainingAssignmentResource>();
        }

        if (result.Status == OperationStatus.Created)
        {
            await audit.RecordAsync(
                new AuditEvent(request.AssignedBy, AuditActions.Assignment, Subject(assigned.Id),
                    Detail: $"{assigned.RuleId}: {WireNames.ToWire(assigned.Kind)} training of {assigned.AgentCode} for {assigned.Days} days ({assigned.SourceKey})"),
                cancellationToken);
        }

        return new OperationResult<TrainingAssignmentResource>(result.Status, ToResource(assigned));
    }

    public async Task<OperationResult<TrainingAssignmentResource>> RecordResultAsync(
        Guid id, bool passed, double? score, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<TrainingAssignmentResource>.Forbidden("Only a trainer records the result of a training.");
        }

        var errors = new ValidationErrors();
        if (score is { } s && !(s >= 0 && s <= 100))
        {
            errors.Add("score", "score lies between 0 and 100.");
        }

        errors.Optional("note", note, 1000);
        if (errors.Any)
        {
            return OperationResult<TrainingAssignmentResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var assignment = await db.TrainingAssignments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (assignment is null)
            {
                return OperationResult<TrainingAssignment>.NotFound($"No required training with id {id}.");
            }

            var agent = await db.Agents.FirstAsync(a => a.Code == assignment.AgentCode, cancellationToken);
            var now = time.GetUtcNow();
            if (passed)
            {
                assignment.Pass(score, note, actor.Name, now);

                // Another required training still open keeps the agent in training (its own rule on the hold).
                var stillOpen = await db.TrainingAssignments.AsNoTracking()
                    .Where(a => a.AgentCode == agent.Code && a.Id != assignment.Id && a.Status == TrainingAssignmentStatus.Assigned)
                    .OrderBy(a => a.AssignedAt)
                    .FirstOrDefaultAsync(cancellationToken);
                if (stillOpen is null)
                {
                    await supervisor.ReleaseHoldAsync(write, agent, DutyHold.Training);
                }
                else if (agent.Hold == DutyHold.Training)
                {
                    await supervisor.PlaceHoldAsync(write, agent, DutyHold.Training, stillOpen.RuleId, until: null);
                }
            }
            else
            {
                assignment.Fail(score, note, actor.Name, now, SuspensionDaysOf(assignment.Kind));
                await supervisor.PlaceHoldAsync(write, agent, DutyHold.Suspension, assignment.FailRuleId, assignment.SuspendedUntil);
                var (assignmentId, until) = (assignment.Id, assignment.SuspendedUntil!.Value);
                write.AfterCommit(ct => ScheduleEndAsync(assignmentId, until, ct));
            }

            write.Publish(new TrainingChanged(agent.Code));
            return OperationResult<TrainingAssignment>.Ok(assignment);
        }, cancellationToken);
        if (result.Value is not { } decided)
        {
            return result.Failed<TrainingAssignmentResource>();
        }

        var outcome = passed ? "passed" : $"failed, suspended until {decided.SuspendedUntil:O} ({decided.FailRuleId})";
        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Decision, Subject(decided.Id), Detail: $"{decided.RuleId}: {WireNames.ToWire(decided.Kind)} training of {decided.AgentCode} {outcome}"),
            cancellationToken);
        return OperationResult<TrainingAssignmentResource>.Ok(ToResource(decided));
    }

    public async Task<IReadOnlyList<TrainingAssignmentResource>> ForAgentAsync(string agentCode, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TrainingAssignments.AsNoTracking().Where(a => a.AgentCode == agentCode).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(a => a.AssignedAt).Select(ToResource)];
    }

    /// <summary>The required trainings still waiting for their result, oldest first (the trainer's list).</summary>
    public async Task<IReadOnlyList<TrainingAssignmentResource>> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TrainingAssignments.AsNoTracking().Where(a => a.Status == TrainingAssignmentStatus.Assigned).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(a => a.AssignedAt).Select(ToResource)];
    }

    /// <summary>
    /// The end of a suspension a failed training caused (the Quartz job's work): released only while the agent still
    /// carries exactly that suspension, so a late or repeated fire never ends a newer hold. True when it released.
    /// </summary>
    public Task<bool> EndSuspensionAsync(Guid assignmentId, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var assignment = await db.TrainingAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
            if (assignment is not { Status: TrainingAssignmentStatus.Failed, SuspendedUntil: { } until } || time.GetUtcNow() < until)
            {
                return false;
            }

            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Code == assignment.AgentCode, cancellationToken);
            if (agent is null || agent.Hold != DutyHold.Suspension || agent.HoldUntil != until || agent.HoldRuleId != assignment.FailRuleId)
            {
                return false;
            }

            var released = await supervisor.ReleaseHoldAsync(write, agent, DutyHold.Suspension);
            if (released)
            {
                write.Publish(new TrainingChanged(agent.Code));
                write.AfterCommit(ct => audit.RecordAsync(
                    new AuditEvent(Actor.System.Name, AuditActions.Decision, Subject(assignmentId), Detail: $"{assignment.FailRuleId}: suspension of {agent.Code} ended"), ct));
            }

            return released;
        }, cancellationToken);

    /// <summary>
    /// The suspensions that must still end: failed trainings whose agent carries their suspension. Start-up puts each
    /// back on the scheduler in case its job was lost (a crash between the commit and the scheduling).
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, DateTimeOffset Until)>> PendingSuspensionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var suspended = await db.Agents.AsNoTracking().Where(a => a.Hold == DutyHold.Suspension).Select(a => new { a.Code, a.HoldUntil, a.HoldRuleId }).ToListAsync(cancellationToken);
        var codes = suspended.Select(a => a.Code).ToList();
        var failed = await db.TrainingAssignments.AsNoTracking()
            .Where(a => a.Status == TrainingAssignmentStatus.Failed && codes.Contains(a.AgentCode))
            .ToListAsync(cancellationToken);
        return [.. failed
            .Where(f => suspended.Any(s => s.Code == f.AgentCode && s.HoldUntil == f.SuspendedUntil && s.HoldRuleId == f.FailRuleId))
            .Select(f => (f.Id, f.SuspendedUntil!.Value))];
    }

    private async Task ScheduleEndAsync(Guid assignmentId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            await suspensions.ScheduleAsync(assignmentId, until, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The start-up sync (TrainingSuspensionSync) schedules it again.
            logger.LogError(ex, "Could not schedule the end of the suspension of training {AssignmentId}", assignmentId);
        }
    }

    private int DaysOf(RequiredTrainingKind kind) => kind switch
    {
        RequiredTrainingKind.Remedial => policy.Value.Training.RemedialTrainingDays,
        _ => policy.Value.Service.AttitudeTrainingDays,
    };

    private int SuspensionDaysOf(RequiredTrainingKind kind) => kind switch
    {
        RequiredTrainingKind.Remedial => policy.Value.Training.SuspensionDays,
        _ => policy.Value.Service.AttitudeTrainingFailSuspensionDays,
    };

    internal static RequiredTrainingKind ToDomain(TrainingAssignmentKind kind) => kind switch
    {
        TrainingAssignmentKind.Remedial => RequiredTrainingKind.Remedial,
        TrainingAssignmentKind.ServiceNorm => RequiredTrainingKind.ServiceNorm,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a required training."),
    };

    private static string Subject(Guid id) => $"training-assignment:{id}";

    internal static TrainingAssignmentResource ToResource(TrainingAssignment a) => new(
        a.Id, a.AgentCode, WireNames.ToWire(a.Kind), a.RuleId, a.SourceKey, a.Reason, a.AssignedAt, a.AssignedBy, a.Days,
        WireNames.ToWire(a.Status), a.Score, a.Note, a.DecidedAt, a.DecidedBy, a.SuspendedUntil);
}
