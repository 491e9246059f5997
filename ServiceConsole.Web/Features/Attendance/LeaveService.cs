using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// GEN-03 leave: an agent files for themselves, HR for anyone; HR or the team's direct supervisor approves or rejects
/// (audited). Only approved leave excuses a day.
/// </summary>
public sealed class LeaveService(IDbContextFactory<ConsoleDbContext> dbFactory, WritePath writes, IngestClock clock, IAuditTrail audit)
{
    /// <summary>Interpretation: a leave request spans at most this many days (maternity leave in China is 98 days plus extensions).</summary>
    public const int MaxDays = 366;

    public async Task<OperationResult<LeaveResource>> FileAsync(LeaveFileRequest request, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        var agentCode = string.IsNullOrEmpty(request.AgentCode) && viewer.Actor.AgentCode is { } own && !viewer.IsHr ? own : request.AgentCode;
        errors.Required("agentCode", agentCode, 20);
        if (!AttendanceWire.TryParse<LeaveKind>(request.Kind, out var kind))
        {
            errors.Add("kind", "kind must be sick, personal, marriage or maternity.");
        }

        if (errors.DateRange(request.From, request.To) && request.To!.Value.DayNumber - request.From!.Value.DayNumber + 1 > MaxDays)
        {
            errors.Add("to", $"A leave request spans at most {MaxDays} days.");
        }

        errors.Required("reason", request.Reason, 500);
        if (errors.Any)
        {
            return OperationResult<LeaveResource>.Invalid(errors.ToDictionary());
        }

        if (!viewer.IsHr && agentCode != viewer.Actor.AgentCode)
        {
            return OperationResult<LeaveResource>.NotFound($"No agent {ValidationErrors.Echo(agentCode)}.");
        }

        return await writes.RunAsync(async write =>
        {
            if (!await write.Db.Agents.AnyAsync(a => a.Code == agentCode, cancellationToken))
            {
                return OperationResult<LeaveResource>.NotFound($"No agent {ValidationErrors.Echo(agentCode)}.");
            }

            var leave = new LeaveRequest(Guid.CreateVersion7(clock.Now), agentCode!, kind, request.From!.Value, request.To!.Value, request.Reason!.Trim(), viewer.Actor.Name, clock.Now);
            write.Db.LeaveRequests.Add(leave);
            await write.SaveAsync();
            write.Publish(new AttendanceChanged(leave.AgentCode));
            return OperationResult<LeaveResource>.Created(leave.ToResource());
        }, cancellationToken);
    }

    public async Task<OperationResult<LeaveResource>> DecideAsync(Guid id, LeaveDecisionRequest request, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        if (request.Approve is null)
        {
            errors.Add("approve", "approve is required (true or false).");
        }

        errors.Optional("note", request.Note, 500);
        if (errors.Any)
        {
            return OperationResult<LeaveResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var leave = await write.Db.LeaveRequests.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
            var mayDecide = leave is not null && (viewer.IsHr
                || (await AttendanceService.CanSuperviseAsync(write.Db, leave.AgentCode, viewer with { AllTeams = false }, cancellationToken)));
            if (leave is null || !mayDecide)
            {
                return OperationResult<LeaveResource>.NotFound($"No leave request with id {id}.");
            }

            if (request.Approve!.Value)
            {
                leave.Approve(viewer.Actor.Name, request.Note, clock.Now);
            }
            else
            {
                leave.Reject(viewer.Actor.Name, request.Note, clock.Now);
            }

            await write.SaveAsync();
            write.Publish(new AttendanceChanged(leave.AgentCode));
            return OperationResult<LeaveResource>.Ok(leave.ToResource());
        }, cancellationToken);
        if (result.Succeeded)
        {
            var l = result.Value!;
            await audit.RecordAsync(new AuditEvent(viewer.Actor.Name, AuditActions.Decision, $"agent:{l.AgentCode}",
                Detail: $"GEN-03 {l.Kind} leave {l.From:yyyy-MM-dd}…{l.To:yyyy-MM-dd} {l.Status}"), cancellationToken);
        }

        return result;
    }

    /// <summary>An agent's leave requests (newest first); an agent only their own.</summary>
    public async Task<OperationResult<IReadOnlyList<LeaveResource>>> ListForAgentAsync(string? agentCode, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var code = string.IsNullOrEmpty(agentCode) ? viewer.Actor.AgentCode : agentCode;
        if (string.IsNullOrEmpty(code) || (viewer.OnlySelf && code != viewer.Actor.AgentCode))
        {
            return OperationResult<IReadOnlyList<LeaveResource>>.NotFound($"No agent {ValidationErrors.Echo(code)}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var list = await db.LeaveRequests.AsNoTracking().Where(l => l.AgentCode == code).ToListAsync(cancellationToken);
        return OperationResult<IReadOnlyList<LeaveResource>>.Ok([.. list.OrderByDescending(l => l.FiledAt).Select(l => l.ToResource())]);
    }

    /// <summary>The pending requests the viewer may decide: HR every one, a supervisor those of their teams' agents.</summary>
    public async Task<IReadOnlyList<LeaveResource>> PendingAsync(AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = db.LeaveRequests.AsNoTracking().Where(l => l.Status == LeaveStatus.Pending);
        if (!viewer.IsHr)
        {
            var teams = db.Teams.Where(t => t.SupervisorUserName == viewer.Actor.Name).Select(t => t.Code);
            var agents = db.Agents.Where(a => teams.Contains(a.TeamCode)).Select(a => a.Code);
            pending = viewer.IsSupervisor ? pending.Where(l => agents.Contains(l.AgentCode)) : pending.Where(_ => false);
        }

        var list = await pending.ToListAsync(cancellationToken);
        return [.. list.OrderBy(l => l.FiledAt).Select(l => l.ToResource())];
    }
}
