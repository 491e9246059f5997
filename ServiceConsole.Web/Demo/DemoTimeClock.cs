using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Attendance;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Attendance;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// The demo's time clocks while the console runs (GEN-03): each agent without a duty hold clocks in a few minutes
/// before their shift of the day (the standard week or their roster) and, once on duty (clocked in), out a few minutes
/// after it ends, through the same ingest the punch API uses (idempotent on the externalId). Only punches that fell due
/// within <see cref="Window"/> are sent, so starting the demo mid-morning does not make up the morning's clock-ins (the
/// seeded day keeps its exceptions). Interpretation: no clock-out at the lunch break, because the day is classified on
/// its first clock-in and last clock-out, so a midday clock-out would read as an early leave all afternoon.
/// </summary>
public sealed class DemoTimeClock(
    IDbContextFactory<ConsoleDbContext> dbFactory, AttendanceService attendance, CentreTimeZone centre, IOptions<PolicyOptions> policy, TimeProvider time)
{
    /// <summary>How long after it fell due a punch is still sent.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private static readonly Actor Clock = new(StaffDirectory.IntegrationName, null, ActsOnlyAsAgent: false);

    /// <summary>Sends the punches due now; returns how many were stored.</summary>
    public async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var local = centre.ToLocal(now).DateTime;
        var today = DateOnly.FromDateTime(local);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().Where(a => a.Hold == DutyHold.None).OrderBy(a => a.Code).Select(a => new { a.Code, a.TeamCode }).ToListAsync(cancellationToken);
        var rosters = await db.Rosters.AsNoTracking().Where(r => r.From <= today && r.To >= today).ToListAsync(cancellationToken);
        var since = now.AddDays(-1);
        var punched = (await db.Punches.AsNoTracking().Where(p => p.At >= since).Select(p => new { p.AgentCode, p.At, p.Kind, p.VoidedBy }).ToListAsync(cancellationToken))
            .Where(p => p.VoidedBy is null && DateOnly.FromDateTime(centre.ToLocal(p.At).DateTime) == today)
            .ToLookup(p => p.AgentCode, p => p.Kind);
        var planner = new ShiftPlanner(policy.Value.General);
        var sent = 0;
        foreach (var agent in agents)
        {
            var shift = planner.ShiftOf(today, agent.Code, agent.TeamCode, rosters);
            if (!shift.IsWorked)
            {
                continue;
            }

            var minutes = Minutes(agent.Code, today);
            var kinds = punched[agent.Code].ToList();
            var (kind, at) = kinds.Count == 0
                ? (PunchKind.In, today.ToDateTime(shift.Start).AddMinutes(-minutes))
                : (PunchKind.Out, today.ToDateTime(shift.End).AddMinutes(minutes));
            if ((kind == PunchKind.Out && (kinds.Contains(PunchKind.Out) || !kinds.Contains(PunchKind.In))) || local < at || local - at > Window)
            {
                continue;
            }

            var instant = new DateTimeOffset(at, centre.Zone.GetUtcOffset(at));
            var result = await attendance.RecordPunchAsync(
                new PunchRequest($"demo-live-{agent.Code}-{today:yyyyMMdd}-{AttendanceWire.ToWire(kind)}", agent.Code, instant, AttendanceWire.ToWire(kind)), Clock, cancellationToken);
            sent += result.Status == OperationStatus.Created ? 1 : 0;
        }

        return sent;
    }

    // 2–13 minutes, the same for an agent all day, different from day to day.
    private static int Minutes(string agentCode, DateOnly day) =>
        2 + (int)((uint)(agentCode.Aggregate(day.DayNumber, (h, c) => (h * 31) + c)) % 12);
}
