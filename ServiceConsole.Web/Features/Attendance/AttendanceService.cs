using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// Attendance from the time clocks (GEN-01, GEN-03…05): punch ingest (idempotent on the clock's externalId),
/// supervisors' corrections (audited), rosters, and the classified month of an agent or a team.
/// </summary>
public sealed partial class AttendanceService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    IngestClock clock,
    CentreTimeZone centre,
    IOptions<PolicyOptions> policy,
    IAuditTrail audit,
    ILogger<AttendanceService> logger)
{
    private GeneralOptions General => policy.Value.General;

    /// <summary>The centre-local date today.</summary>
    public DateOnly Today => DateOnly.FromDateTime(centre.ToLocal(clock.Now).DateTime);

    public async Task<OperationResult<PunchResource>> RecordPunchAsync(PunchRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        errors.Required("externalId", request.ExternalId, 100);
        errors.Required("agentCode", request.AgentCode, 20);
        var kind = ParseKind("kind", request.Kind, errors);
        if (request.At is null)
        {
            errors.Add("at", "at is required: the instant the clock recorded.");
        }

        var at = clock.Resolve("at", request.At, errors);
        if (errors.Any)
        {
            return OperationResult<PunchResource>.Invalid(errors.ToDictionary());
        }

        var fingerprint = RequestFingerprint.Of(request);
        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var existing = await FindExistingAsync(db, request.ExternalId!, fingerprint, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            if (!await db.Agents.AnyAsync(a => a.Code == request.AgentCode, cancellationToken))
            {
                return OperationResult<PunchResource>.Invalid("agentCode", "Unknown agent code.");
            }

            var punch = Punch.FromClock(Guid.CreateVersion7(clock.Now), request.ExternalId!, request.AgentCode!, at, kind!.Value, actor.Name, clock.Now);
            db.Punches.Add(punch);
            db.Entry(punch).Property(ConsoleDbContext.RequestHash).CurrentValue = fingerprint;
            try
            {
                await write.SaveAsync();
            }
            catch (DbUpdateException ex) when (StoreErrors.IsDuplicateExternalId(ex))
            {
                logger.LogInformation(ex, "Punch {ExternalId} was stored concurrently", request.ExternalId);
                db.ChangeTracker.Clear();
                return await FindExistingAsync(db, request.ExternalId!, fingerprint, cancellationToken) ?? throw new InvalidOperationException("Saving the punch failed.", ex);
            }

            write.Publish(new AttendanceChanged(punch.AgentCode));
            return OperationResult<PunchResource>.Created(punch.ToResource());
        }, cancellationToken);
    }

    private static Task<OperationResult<PunchResource>?> FindExistingAsync(ConsoleDbContext db, string externalId, string fingerprint, CancellationToken cancellationToken) =>
        IdempotentIngest.FindExistingAsync(db.Punches, externalId, fingerprint, p => p.ToResource(), "punch", _ => true, cancellationToken);

    /// <summary>A supervisor adds a punch the clock missed, with a reason (audited).</summary>
    public async Task<OperationResult<PunchResource>> AddCorrectionAsync(PunchCorrectionRequest request, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, 20);
        errors.Required("reason", request.Reason, 500);
        var kind = ParseKind("kind", request.Kind, errors);
        if (request.At is null)
        {
            errors.Add("at", "at is required.");
        }
        else if (request.At > clock.Now)
        {
            errors.Add("at", "at must not lie in the future.");
        }

        if (errors.Any)
        {
            return OperationResult<PunchResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            if (!await CanSuperviseAsync(write.Db, request.AgentCode!, viewer, cancellationToken))
            {
                return OperationResult<PunchResource>.NotFound($"No agent {ValidationErrors.Echo(request.AgentCode)}.");
            }

            var punch = Punch.Correction(Guid.CreateVersion7(clock.Now), request.AgentCode!, request.At!.Value.ToUniversalTime(), kind!.Value, request.Reason!, viewer.Actor.Name, clock.Now);
            write.Db.Punches.Add(punch);
            await write.SaveAsync();
            write.Publish(new AttendanceChanged(punch.AgentCode));
            return OperationResult<PunchResource>.Created(punch.ToResource());
        }, cancellationToken);
        if (result.Succeeded)
        {
            var p = result.Value!;
            await audit.RecordAsync(new AuditEvent(viewer.Actor.Name, AuditActions.Decision, $"agent:{p.AgentCode}",
                Detail: $"GEN-03 punch added: {p.Kind} at {centre.ToLocal(p.At):yyyy-MM-dd HH:mm} ({p.Reason})"), cancellationToken);
        }

        return result;
    }

    /// <summary>A supervisor voids a wrong punch with a reason (audited); voiding twice is a 409.</summary>
    public async Task<OperationResult<PunchResource>> VoidAsync(Guid punchId, PunchVoidRequest request, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        errors.Required("reason", request.Reason, 500);
        if (errors.Any)
        {
            return OperationResult<PunchResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var punch = await write.Db.Punches.FirstOrDefaultAsync(p => p.Id == punchId, cancellationToken);
            if (punch is null || !await CanSuperviseAsync(write.Db, punch.AgentCode, viewer, cancellationToken))
            {
                return OperationResult<PunchResource>.NotFound($"No punch with id {punchId}.");
            }

            punch.Void(request.Reason!, viewer.Actor.Name, clock.Now);
            await write.SaveAsync();
            write.Publish(new AttendanceChanged(punch.AgentCode));
            return OperationResult<PunchResource>.Ok(punch.ToResource());
        }, cancellationToken);
        if (result.Succeeded)
        {
            var p = result.Value!;
            await audit.RecordAsync(new AuditEvent(viewer.Actor.Name, AuditActions.Decision, $"agent:{p.AgentCode}",
                Detail: $"GEN-03 punch voided: {p.Kind} at {centre.ToLocal(p.At):yyyy-MM-dd HH:mm} ({p.VoidReason})"), cancellationToken);
        }

        return result;
    }

    /// <summary>Whether the viewer may correct or decide for the agent: HR/admin any, a supervisor the agents of their teams.</summary>
    internal static async Task<bool> CanSuperviseAsync(ConsoleDbContext db, string agentCode, AttendanceViewer viewer, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
        if (agent is null)
        {
            return false;
        }

        if (viewer.AllTeams)
        {
            return true;
        }

        return viewer.IsSupervisor && !viewer.Actor.ActsOnlyAsAgent
            && await db.Teams.AnyAsync(t => t.Code == agent.TeamCode && t.SupervisorUserName == viewer.Actor.Name, cancellationToken);
    }

    /// <summary>The teams whose attendance the viewer sees on the team screens: every team for HR and admins, a supervisor's own.</summary>
    public async Task<IReadOnlyList<(string Code, string Name, string? Supervisor)>> TeamsForAsync(AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return [.. teams
            .Where(t => viewer.AllTeams || (viewer.IsSupervisor && t.SupervisorUserName == viewer.Actor.Name))
            .Select(t => (t.Code, t.Name, t.SupervisorUserName))];
    }

    /// <summary>Parses <c>yyyy-MM</c>; null (and an error) when malformed; this month when empty.</summary>
    public (int Year, int Month)? ParseMonth(string? month, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(month))
        {
            var today = Today;
            return (today.Year, today.Month);
        }

        if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return (first.Year, first.Month);
        }

        errors.Add("month", "month must be yyyy-MM.");
        return null;
    }

    /// <summary>GET one agent's month; an agent sees only their own, anything else 404.</summary>
    public async Task<OperationResult<AttendanceMonthResource>> GetMonthAsync(string? agentCode, string? month, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        var code = string.IsNullOrEmpty(agentCode) && viewer.OnlySelf ? viewer.Actor.AgentCode : agentCode;
        errors.Required("agentCode", code, 20);
        var parsed = ParseMonth(month, errors);
        if (errors.Any)
        {
            return OperationResult<AttendanceMonthResource>.Invalid(errors.ToDictionary());
        }

        if (viewer.OnlySelf && code != viewer.Actor.AgentCode)
        {
            return OperationResult<AttendanceMonthResource>.NotFound($"No attendance for agent {ValidationErrors.Echo(code)}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (agent is null)
        {
            return OperationResult<AttendanceMonthResource>.NotFound($"No attendance for agent {ValidationErrors.Echo(code)}.");
        }

        var months = await ComputeAsync(db, [agent], parsed!.Value.Year, parsed.Value.Month, cancellationToken);
        return OperationResult<AttendanceMonthResource>.Ok(months[0]);
    }

    /// <summary>The months of every agent of a team (the team view and the printable sheet).</summary>
    public async Task<IReadOnlyList<AttendanceMonthResource>> GetTeamMonthAsync(string teamCode, int year, int month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().Where(a => a.TeamCode == teamCode).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        return await ComputeAsync(db, agents, year, month, cancellationToken);
    }

    /// <summary>Today's exceptions across every team (or the given teams): late, absent, missing punch, early leave.</summary>
    public async Task<IReadOnlyList<(AttendanceMonthResource Agent, AttendanceDayResource Day)>> ExceptionsOnAsync(
        DateOnly date, IReadOnlyCollection<string>? teamCodes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Agents.AsNoTracking();
        if (teamCodes is not null)
        {
            query = query.Where(a => teamCodes.Contains(a.TeamCode));
        }

        var agents = await query.OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var months = await ComputeAsync(db, agents, date.Year, date.Month, cancellationToken);
        return [.. months
            .Select(m => (Agent: m, Day: m.Days.FirstOrDefault(d => d.Date == date)))
            .Where(x => x.Day is not null && IsException(x.Day.Status))
            .Select(x => (x.Agent, x.Day!))];
    }

    public static bool IsException(string status) =>
        status is "late" or "early-leave" or "late-and-early-leave" or "absent" or "missing-punch";

    private async Task<IReadOnlyList<AttendanceMonthResource>> ComputeAsync(
        ConsoleDbContext db, IReadOnlyList<Agent> agents, int year, int month, CancellationToken cancellationToken)
    {
        var from = AttendanceRules.HistoryStart(year, month);
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var codes = agents.Select(a => a.Code).ToList();
        var teams = agents.Select(a => a.TeamCode).Distinct().ToList();
        var zone = centre.Zone;
        var fromUtc = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue))).AddDays(-1);
        var toUtc = new DateTimeOffset(last.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(last.ToDateTime(TimeOnly.MinValue))).AddDays(2);

        var punches = await db.Punches.AsNoTracking()
            .Where(p => codes.Contains(p.AgentCode) && p.At >= fromUtc && p.At < toUtc)
            .ToListAsync(cancellationToken);
        var leave = await db.LeaveRequests.AsNoTracking()
            .Where(l => codes.Contains(l.AgentCode) && l.Status == LeaveStatus.Approved && l.To >= from && l.From <= last)
            .ToListAsync(cancellationToken);
        var rosters = await db.Rosters.AsNoTracking()
            .Where(r => r.To >= from && r.From <= last && ((r.AgentCode != null && codes.Contains(r.AgentCode)) || (r.TeamCode != null && teams.Contains(r.TeamCode))))
            .ToListAsync(cancellationToken);
        var pay = await db.PayProfiles.AsNoTracking().Where(p => codes.Contains(p.AgentCode)).ToDictionaryAsync(p => p.AgentCode, cancellationToken);

        var trackedFrom = General.AttendanceTrackedFrom;
        if (trackedFrom is null && await db.Punches.AsNoTracking().OrderBy(p => p.At).Select(p => (DateTimeOffset?)p.At).FirstOrDefaultAsync(cancellationToken) is { } firstPunch)
        {
            trackedFrom = DateOnly.FromDateTime(centre.ToLocal(firstPunch).DateTime);
        }

        var planner = new ShiftPlanner(General);
        var rules = new AttendanceRules(General);
        var now = centre.ToLocal(clock.Now).DateTime;
        var result = new List<AttendanceMonthResource>(agents.Count);
        foreach (var agent in agents)
        {
            var own = punches.Where(p => p.AgentCode == agent.Code).OrderBy(p => p.At).ToList();
            var live = own.Where(p => !p.IsVoided).Select(p => new LocalPunch(centre.ToLocal(p.At).DateTime, p.Kind)).ToList();
            var byDate = live.ToLookup(p => DateOnly.FromDateTime(p.At));
            var allByDate = own.ToLookup(p => DateOnly.FromDateTime(centre.ToLocal(p.At).DateTime));
            var agentLeave = leave.Where(l => l.AgentCode == agent.Code).ToList();
            var classified = new List<DayClassification>();
            for (var date = from; date <= last; date = date.AddDays(1))
            {
                var shift = planner.ShiftOf(date, agent.Code, agent.TeamCode, rosters);
                var approved = agentLeave.FirstOrDefault(l => l.Covers(date));
                classified.Add(rules.Classify(shift, [.. byDate[date]], approved?.Kind, now, trackedFrom ?? Today.AddDays(1)));
            }

            var profile = pay.GetValueOrDefault(agent.Code);
            var assessed = rules.Assess(year, month, classified, profile?.MonthlyBaseYuan);
            var days = assessed.Days.Select(d => ToResource(d, [.. allByDate[d.Date].Select(p => p.ToResource())])).ToList();
            result.Add(new AttendanceMonthResource(
                agent.Code, agent.Name, agent.TeamCode, $"{year:0000}-{month:00}", profile?.MonthlyBaseYuan, assessed.DailyWage,
                assessed.Lates, assessed.ToleratedLates, assessed.CountedLates, assessed.EarlyLeaves, assessed.AbsenceUnits,
                assessed.MissingPunches, assessed.LeaveDays, assessed.DeductionYuan, assessed.YearAbsenceDays, assessed.AbsenceLimitReached, days));
        }

        return result;
    }

    private static AttendanceDayResource ToResource(AttendanceDay day, IReadOnlyList<PunchResource> punches)
    {
        var c = day.Day;
        return new AttendanceDayResource(
            c.Date,
            AttendanceWire.ToWire(c.Shift.DayKind),
            AttendanceWire.ToWire(c.Status),
            c.Shift.IsWorked ? c.Shift.Start.ToString("HH:mm", CultureInfo.InvariantCulture) : null,
            c.Shift.IsWorked ? c.Shift.End.ToString("HH:mm", CultureInfo.InvariantCulture) : null,
            c.MinutesLate,
            c.MinutesEarly,
            c.AbsenceUnits,
            day.DeductionYuan,
            day.RuleId,
            day.ToleratedLate,
            day.CountedLate,
            day.AbsenceLimitReached,
            c.MissingIn && c.Status == DayStatus.MissingPunch,
            c.MissingOut && c.Status == DayStatus.MissingPunch,
            c.Leave is { } l ? AttendanceWire.ToWire(l) : null,
            punches);
    }

    private static PunchKind? ParseKind(string field, string? kind, ValidationErrors errors)
    {
        if (AttendanceWire.TryParse<PunchKind>(kind, out var parsed))
        {
            return parsed;
        }

        errors.Add(field, $"{field} must be in or out.");
        return null;
    }
}

internal static class AttendanceMapping
{
    public static PunchResource ToResource(this Punch p) =>
        new(p.Id, p.ExternalId, p.AgentCode, p.At, AttendanceWire.ToWire(p.Kind), AttendanceWire.ToWire(p.Source), p.RecordedBy, p.RecordedAt,
            p.Reason, p.IsVoided, p.VoidedBy, p.VoidReason);

    public static LeaveResource ToResource(this LeaveRequest l) =>
        new(l.Id, l.AgentCode, AttendanceWire.ToWire(l.Kind), l.From, l.To, l.To.DayNumber - l.From.DayNumber + 1, l.Reason,
            AttendanceWire.ToWire(l.Status), l.FiledBy, l.FiledAt, l.DecidedBy, l.DecidedAt, l.DecisionNote);

    public static RosterResource ToResource(this Roster r) =>
        new(r.Id, r.TeamCode, r.AgentCode, r.From, r.To, [.. r.Weekdays.Select(d => d.ToString().ToLowerInvariant())], r.IsDayOff,
            [.. r.Segments.Select(s => $"{s.Start:HH\\:mm}–{s.End:HH\\:mm}")], r.Note, r.CreatedBy, r.CreatedAt);

    public static OvertimeResource ToResource(this OvertimeRecord o) =>
        new(o.Id, o.AgentCode, o.Date, o.Hours, PayrollService.ToWire(o.DayKind), AttendanceWire.ToWire(o.Compensation), o.AmountYuan,
            o.HourlyRate is { } h ? Math.Round(h, 2, MidpointRounding.AwayFromZero) : null, AttendanceRuleIds.Overtime, o.Reason, o.RecordedBy, o.RecordedAt);
}
