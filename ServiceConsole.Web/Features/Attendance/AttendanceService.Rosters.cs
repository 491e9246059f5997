using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Features.Attendance;

/// <summary>
/// GEN-01 rosters: shifts of a team or one agent that differ from the standard week. HR and admins manage every team's,
/// a supervisor those of the teams they directly supervise and of those teams' agents; anything else answers as if it
/// did not exist (404).
/// </summary>
public sealed partial class AttendanceService
{
    /// <summary>Adds a roster (GEN-01) for a team or an agent; HR or the team's supervisor.</summary>
    public async Task<OperationResult<RosterResource>> AddRosterAsync(RosterRequest request, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(request.TeamCode) == string.IsNullOrEmpty(request.AgentCode))
        {
            errors.Add("teamCode", "Give exactly one of teamCode and agentCode.");
        }

        errors.DateRange(request.From, request.To);

        var weekdays = new List<DayOfWeek>();
        foreach (var day in request.Weekdays ?? [])
        {
            if (Enum.TryParse<DayOfWeek>(day, true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(day, CultureInfo.InvariantCulture, out _))
            {
                weekdays.Add(parsed);
            }
            else
            {
                errors.Add("weekdays", $"{ValidationErrors.Echo(day)} is not a weekday name (monday … sunday).");
            }
        }

        var segments = new List<ShiftSegment>();
        if (request.DayOff != true)
        {
            var first = Segment("start", request.Start, "end", request.End, errors, required: true);
            if (first is not null)
            {
                segments.Add(first);
            }

            if (!string.IsNullOrEmpty(request.SecondStart) || !string.IsNullOrEmpty(request.SecondEnd))
            {
                var second = Segment("secondStart", request.SecondStart, "secondEnd", request.SecondEnd, errors, required: true);
                if (second is not null && first is not null && second.Start < first.End)
                {
                    errors.Add("secondStart", "secondStart must not be before end.");
                }
                else if (second is not null)
                {
                    segments.Add(second);
                }
            }
        }

        errors.Optional("note", request.Note, 200);
        if (errors.Any)
        {
            return OperationResult<RosterResource>.Invalid(errors.ToDictionary());
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            if (!await InScopeAsync(db, NullIfEmpty(request.TeamCode), NullIfEmpty(request.AgentCode), viewer, cancellationToken))
            {
                return OperationResult<RosterResource>.NotFound("No such team or agent.");
            }

            var roster = new Roster(Guid.CreateVersion7(clock.Now), NullIfEmpty(request.TeamCode), NullIfEmpty(request.AgentCode), request.From!.Value, request.To!.Value,
                weekdays, segments, request.Note?.Trim() ?? "", viewer.Actor.Name, clock.Now);
            db.Rosters.Add(roster);
            await write.SaveAsync();
            write.Publish(new AttendanceChanged(roster.AgentCode));
            return OperationResult<RosterResource>.Created(roster.ToResource());
        }, cancellationToken);
    }

    /// <summary>
    /// The rosters in force between <paramref name="from"/> and <paramref name="to"/> that the viewer may see: every team's
    /// for HR and admins, only their own teams' and those teams' agents' for a supervisor (a roster of another team is not
    /// listed at all, as it would not be found).
    /// </summary>
    public async Task<IReadOnlyList<RosterResource>> ListRostersAsync(
        DateOnly from, DateOnly to, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rosters = await db.Rosters.AsNoTracking().Where(r => r.To >= from && r.From <= to).ToListAsync(cancellationToken);
        if (!viewer.AllTeams)
        {
            var teams = await db.Teams.AsNoTracking().Where(RosterScope(viewer)).Select(t => t.Code).ToListAsync(cancellationToken);
            var agents = await db.Agents.AsNoTracking().Where(a => teams.Contains(a.TeamCode)).Select(a => a.Code).ToListAsync(cancellationToken);
            rosters = [.. rosters.Where(r => (r.TeamCode is { } team && teams.Contains(team)) || (r.AgentCode is { } agent && agents.Contains(agent)))];
        }

        return [.. rosters.OrderBy(r => r.From).Select(r => r.ToResource())];
    }

    private static ShiftSegment? Segment(string startField, string? start, string endField, string? end, ValidationErrors errors, bool required)
    {
        var ok = true;
        TimeOnly s = default, e = default;
        if (!TimeOnly.TryParseExact(start ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out s))
        {
            errors.Add(startField, $"{startField} must be HH:mm.");
            ok = false;
        }

        if (!TimeOnly.TryParseExact(end ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out e))
        {
            errors.Add(endField, $"{endField} must be HH:mm.");
            ok = false;
        }

        if (ok && e <= s)
        {
            errors.Add(endField, $"{endField} must be after {startField}.");
            ok = false;
        }

        return ok || !required ? new ShiftSegment(s, e) : null;
    }

    /// <summary>
    /// The roster screen's team: its name, its agents by name, and its rosters and its agents' that end on or after
    /// <paramref name="since"/> (default a month ago), earliest first. 404 outside the viewer's teams.
    /// </summary>
    public async Task<OperationResult<TeamRosters>> TeamRostersAsync(string teamCode, AttendanceViewer viewer, DateOnly? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.AsNoTracking().Where(RosterScope(viewer)).FirstOrDefaultAsync(t => t.Code == teamCode, cancellationToken);
        if (team is null)
        {
            return OperationResult<TeamRosters>.NotFound($"No team {ValidationErrors.Echo(teamCode)}.");
        }

        var agents = await db.Agents.AsNoTracking().Where(a => a.TeamCode == teamCode).OrderBy(a => a.Name).Select(a => new RosterAgent(a.Code, a.Name)).ToListAsync(cancellationToken);
        var codes = agents.Select(a => a.Code).ToList();
        var from = since ?? Today.AddDays(-31);
        var rosters = await db.Rosters.AsNoTracking()
            .Where(r => r.To >= from && (r.TeamCode == teamCode || (r.AgentCode != null && codes.Contains(r.AgentCode))))
            .ToListAsync(cancellationToken);
        return OperationResult<TeamRosters>.Ok(new TeamRosters(team.Code, team.Name, agents,
            [.. rosters.OrderBy(r => r.From).ThenBy(r => r.CreatedAt).Select(r => r.ToResource())], Today));
    }

    /// <summary>
    /// Takes a roster back (audited): withdrawn whole when it has not begun, else ended yesterday, so the days already past
    /// keep the shift that decided their attendance (<see cref="Roster.Withdraw"/>); 409 for a roster wholly in the past.
    /// </summary>
    public async Task<OperationResult<RosterRemovalResource>> RemoveRosterAsync(Guid id, AttendanceViewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var today = Today;
        var result = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var roster = await db.Rosters.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (roster is null || !await InScopeAsync(db, roster.TeamCode, roster.AgentCode, viewer, cancellationToken))
            {
                return OperationResult<RosterRemovalResource>.NotFound($"No roster with id {id}.");
            }

            var before = roster.ToResource();
            RosterWithdrawal outcome;
            try
            {
                outcome = roster.Withdraw(today);
            }
            catch (InvalidTransitionException refusal)
            {
                return OperationResult<RosterRemovalResource>.Refused(refusal);
            }

            if (outcome == RosterWithdrawal.Deleted)
            {
                db.Rosters.Remove(roster);
            }

            await write.SaveAsync();
            write.Publish(new AttendanceChanged(roster.AgentCode));
            return OperationResult<RosterRemovalResource>.Ok(outcome == RosterWithdrawal.Deleted
                ? new RosterRemovalResource("deleted", before)
                : new RosterRemovalResource("ended", roster.ToResource()));
        }, cancellationToken);
        if (result.Succeeded)
        {
            var (outcome, r) = (result.Value!.Outcome, result.Value.Roster);
            await audit.RecordAsync(new AuditEvent(viewer.Actor.Name, AuditActions.Decision, r.AgentCode is { } a ? $"agent:{a}" : $"team:{r.TeamCode}",
                Detail: $"GEN-01 roster {outcome}: {r.From:yyyy-MM-dd}…{r.To:yyyy-MM-dd} {(r.DayOff ? "day off" : string.Join(", ", r.Segments))} ({r.Id})"), cancellationToken);
        }

        return result;
    }

    /// <summary>Whether the viewer may manage a roster of the team or the agent (exactly one of them is given).</summary>
    private static async Task<bool> InScopeAsync(ConsoleDbContext db, string? teamCode, string? agentCode, AttendanceViewer viewer, CancellationToken cancellationToken) =>
        agentCode is not null
            ? await CanSuperviseAsync(db, agentCode, viewer, cancellationToken)
            : await db.Teams.Where(RosterScope(viewer)).AnyAsync(t => t.Code == teamCode, cancellationToken);

    /// <summary>The teams whose rosters <paramref name="viewer"/> manages: all for HR and admins, else those they directly supervise.</summary>
    private static Expression<Func<Team, bool>> RosterScope(AttendanceViewer viewer)
    {
        var (all, supervisor, name) = (viewer.AllTeams, viewer.IsSupervisor && !viewer.Actor.ActsOnlyAsAgent, viewer.Actor.Name);
        return t => all || (supervisor && t.SupervisorUserName == name);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
