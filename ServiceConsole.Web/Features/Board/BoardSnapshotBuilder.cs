using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// Reads the board in one short batch of projections: the roster with queues, the waiting contacts,
/// the open complaints ranked by urgency, today's KPIs per agent and the day's breaches. "Today" is
/// the centre's day (<c>ServiceConsole:TimeZone</c>); drills are shown but never counted.
/// </summary>
public sealed class BoardSnapshotBuilder(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    KpiCalculator kpi,
    TimeProvider time,
    IOptions<PolicyOptions> policy,
    IOptions<BoardOptions> boardOptions,
    CentreTimeZone centre,
    IStaffDirectory staff) : IBoardSnapshotSource
{
    /// <summary>How many of today's alerts the board lists (a burst of first-response breaches reads as one line); the API serves the rest.</summary>
    private const int AlertLimit = 100;

    public async Task<BoardSnapshot> BuildAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var zone = centre.Zone;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var dayStart = new DateTimeOffset(local.Date, local.Offset);
        var limit = boardOptions.Value.ListLimit;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Enums are stored as text, so the chat, phone, counter order is applied here rather than in SQL.
        var teams = (await db.Teams.AsNoTracking().Select(t => new BoardTeam(t.Code, t.Name, t.Channel)).ToListAsync(cancellationToken))
            .OrderBy(t => t.Channel).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        var agents = await db.Agents.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var waiting = (await db.Contacts.AsNoTracking()
                .Where(c => c.Status == ContactStatus.Waiting)
                .Select(c => new { c.Id, c.ExternalId, c.Channel, c.CustomerName, c.Topic, c.AgentCode, c.ArrivedAt, c.RespondBy, c.IsDrill, c.WaybillNo })
                .ToListAsync(cancellationToken))
            .Select(c => new BoardContactRow(c.Id, c.ExternalId, c.Channel, CustomerMask.Name(c.CustomerName), c.Topic, c.AgentCode, c.ArrivedAt, c.RespondBy, c.IsDrill, c.WaybillNo))
            .OrderBy(c => c.RespondBy ?? DateTimeOffset.MaxValue)
            .ThenBy(c => c.ArrivedAt)
            .ToList();
        var todayContacts = await db.Contacts.AsNoTracking()
            .Where(c => !c.IsDrill && c.ArrivedAt >= dayStart && c.AgentCode != null)
            .Select(c => new { c.AgentCode, c.Channel, c.ArrivedAt, c.AnsweredAt, c.Status, c.Resolved, c.Satisfaction, c.WithinTarget })
            .ToListAsync(cancellationToken);
        var todayComplaints = await db.Complaints.AsNoTracking()
            .Where(c => !c.IsDrill && c.ReceivedAt >= dayStart && c.Assignee != null)
            .Select(c => new { c.Assignee, c.Status, c.ReopenCount, c.Satisfaction })
            .ToListAsync(cancellationToken);
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed)
            .Select(c => new
            {
                c.Id, c.ExternalId, c.Channel, c.Severity, c.Status, c.Category, c.Assignee, c.WaybillNo,
                c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue, c.ResolvedAt, c.IsDrill,
            })
            .ToListAsync(cancellationToken);
        var breaches = await db.Complaints.AsNoTracking()
            .Where(c => !c.IsDrill)
            .SelectMany(c => c.Breaches)
            .Where(b => b.RecordedAt >= dayStart)
            .Select(b => new BreachClock(b.Clock, b.RecordedAt))
            .ToListAsync(cancellationToken);
        var callbacks = await db.Callbacks.AsNoTracking()
            .Where(t => t.DoneAt == null)
            .OrderBy(t => t.DueAt)
            .Select(t => new BoardCallbackRow(t.Id, t.Kind, t.RuleId, t.AgentCode, t.ComplaintId, t.CreatedAt, t.DueAt, t.Breached, t.IsDrill))
            .Take(limit)
            .ToListAsync(cancellationToken);
        var openCallbacks = await db.Callbacks.CountAsync(t => t.DoneAt == null, cancellationToken);

        // A complaint's follow-up breaches are on the complaint already; these are the calls owed on their own.
        var callbackBreaches = await db.Callbacks.AsNoTracking()
            .Where(t => !t.IsDrill && t.ComplaintId == null && t.BreachedAt >= dayStart)
            .Select(t => new BreachClock(BreachClocks.Callback, t.BreachedAt!.Value))
            .ToListAsync(cancellationToken);
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.RaisedAt >= dayStart)
            .OrderByDescending(a => a.RaisedAt)
            .Take(AlertLimit)
            .Select(a => new BoardAlertRow(
                a.Id, a.Kind == ClockAlertKind.Breach, a.RuleId, a.Clock, a.SubjectKind == ClockSubject.Complaint, a.SubjectId,
                a.AgentCode, a.Subject, a.DueAt, a.RaisedAt, a.IsDrill))
            .ToListAsync(cancellationToken);
        var modes = await db.EmergencyModes.AsNoTracking().Where(m => m.Active).ToListAsync(cancellationToken);

        var contactsByAgent = todayContacts.ToLookup(c => c.AgentCode!);
        var complaintsByAgent = todayComplaints.ToLookup(c => c.Assignee!);
        var waitingByAgent = waiting.Where(c => c.AgentCode is not null).ToLookup(c => c.AgentCode!);
        var rows = agents.Select(a =>
        {
            var result = kpi.Compute(
                contactsByAgent[a.Code].Select(c => new ContactOutcome(
                    c.Channel, c.ArrivedAt, c.AnsweredAt, c.Status == ContactStatus.Closed ? c.Resolved : null, c.Satisfaction)),
                complaintsByAgent[a.Code].Select(c => new ComplaintOutcome(c.Status == ComplaintStatus.Closed, c.ReopenCount > 0, c.Satisfaction)));
            var queue = waitingByAgent[a.Code].ToList();
            return new BoardAgentRow(
                a.Code, a.Name, a.TeamCode, a.Channel, a.Status, queue.Count,
                queue.MinBy(c => c.ArrivedAt),
                result.ResponseCompliance, result.FirstContactResolution, result.Satisfaction,
                contactsByAgent[a.Code].Count());
        }).ToList();

        var ranked = ComplaintUrgency.Order(
            open.Select(c => new BoardComplaintRow(
                c.Id, c.ExternalId, c.Channel, c.Severity, c.Status, c.Category, c.Assignee, c.WaybillNo,
                c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue, c.ResolvedAt,
                ComplaintUrgency.NextDeadline(new OpenComplaintClocks(c.Id, c.Severity, c.Status, c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue)),
                c.IsDrill,
                c.Assignee is { } owner ? staff.NameOf(owner) : null)),
            ClocksOf,
            now);

        // The day's first-response breaches are the day's first-response alerts (raised on a late answer or by the sweep),
        // so the counter and the alert list always agree (issue 10); a drill's never count.
        var firstResponseBreaches = await db.Alerts.CountAsync(
            a => a.Clock == Contacts.FirstResponseAlerts.Clock && a.Kind == ClockAlertKind.Breach && !a.IsDrill && a.RaisedAt >= dayStart,
            cancellationToken);
        var service = policy.Value.Service;
        return new BoardSnapshot(
            now,
            teams,
            rows,
            [.. waiting.Take(limit)],
            waiting.Count,
            [.. ranked.Take(limit)],
            ranked.Count,
            [.. modes.OrderBy(m => m.Mode).Select(m => new BoardEmergency(
                WireNames.ToWire(m.Mode), m.Phase is { } p ? WireNames.ToWire(p) : null, m.Drill, m.Since, m.Reason))],
            DailyBreachCounter.Count(dayStart, now, firstResponseBreaches, [], breaches.Concat(callbackBreaches)),
            new BoardTargets(service.ResponseComplianceTarget, service.FirstContactResolutionTarget, service.SatisfactionTarget),
            callbacks,
            openCallbacks,
            alerts,
            Trend(todayContacts.Select(c => (c.ArrivedAt, c.WithinTarget)), dayStart, now, boardOptions.Value.TrendSliceMinutes));
    }

    /// <summary>Today's contacts per slice and the share answered in time, from the first busy slice to the one running now.</summary>
    internal static IReadOnlyList<BoardTrendPoint> Trend(
        IEnumerable<(DateTimeOffset ArrivedAt, bool? WithinTarget)> contacts, DateTimeOffset dayStart, DateTimeOffset now, int sliceMinutes)
    {
        var slice = TimeSpan.FromMinutes(Math.Max(1, sliceMinutes));
        var bySlice = contacts
            .Where(c => c.ArrivedAt >= dayStart && c.ArrivedAt <= now)
            .GroupBy(c => (int)((c.ArrivedAt - dayStart) / slice))
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Answered: g.Count(c => c.WithinTarget is not null), OnTime: g.Count(c => c.WithinTarget == true)));
        if (bySlice.Count == 0)
        {
            return [];
        }

        var last = (int)((now - dayStart) / slice);
        return
        [
            .. Enumerable.Range(bySlice.Keys.Min(), last - bySlice.Keys.Min() + 1).Select(i => bySlice.TryGetValue(i, out var s)
                ? new BoardTrendPoint(dayStart + (i * slice), s.Count, s.Answered == 0 ? null : (double)s.OnTime / s.Answered)
                : new BoardTrendPoint(dayStart + (i * slice), 0, null)),
        ];
    }

    internal static OpenComplaintClocks ClocksOf(BoardComplaintRow c) =>
        new(c.Id, c.Severity, c.Status, c.ReceivedAt, c.VerifyBy, c.ResolveBy, c.CallbackDue);

}
