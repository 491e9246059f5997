using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Drills;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Features.Drills;

/// <summary>
/// EMG-05: gathers what a drill report is built from, out of the drill's own records only: its contacts and
/// complaints (by external-id prefix), the drill outage or mass incident, and the drill tasks and mode changes
/// within its time. People are named by agent code where their login has one, so "agent" and "A001" are one.
/// </summary>
public sealed class DrillFactsCollector(IDbContextFactory<ConsoleDbContext> dbFactory)
{
    public async Task<DrillFacts> CollectAsync(DrillRun run, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (from, to, prefix) = (run.StartedAt, endedAt, run.RecordPrefix);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = await db.Users.AsNoTracking().Where(u => u.AgentCode != null && u.UserName != null)
            .ToDictionaryAsync(u => u.UserName!, u => u.AgentCode!, StringComparer.OrdinalIgnoreCase, cancellationToken);
        string Who(string actor) => codes.GetValueOrDefault(actor, actor);

        var log = await db.EmergencyLog.AsNoTracking()
            .Where(e => e.Mode == run.Mode && e.Drill && e.At >= from && e.At <= to).OrderBy(e => e.At).ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.IsDrill && c.ExternalId.StartsWith(prefix)).OrderBy(c => c.ExternalId).ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.IsDrill && c.ExternalId.StartsWith(prefix)).OrderBy(c => c.ExternalId).ToListAsync(cancellationToken);
        var callbacks = await db.Callbacks.AsNoTracking()
            .Where(t => t.IsDrill && t.CreatedAt >= from && t.CreatedAt <= to).ToListAsync(cancellationToken);
        var outages = await db.Outages.AsNoTracking()
            .Where(o => run.Mode == EmergencyMode.Outage && o.IsDrill && o.StartedAt >= from && o.StartedAt <= to).ToListAsync(cancellationToken);
        var masses = await db.MassIncidents.AsNoTracking()
            .Where(m => run.Mode == EmergencyMode.MassComplaint && m.IsDrill && m.IssueKey == run.IssueKey).ToListAsync(cancellationToken);
        var weather = await db.WeatherRequests.AsNoTracking()
            .Where(w => run.Mode == EmergencyMode.Weather && w.IsDrill && w.RecordedAt >= from && w.RecordedAt <= to).ToListAsync(cancellationToken);

        var actions = ContactActions(contacts)
            .Concat(ComplaintActions(complaints, Who))
            .Concat(outages.SelectMany(o => OutageActions(o, Who)))
            .Concat(masses.SelectMany(m => MassActions(m, Who)))
            .ToList();
        var tasks = callbacks.Select(DrillTask.From)
            .Concat(masses.SelectMany(m => m.Notifications).Select(DrillTask.From))
            .Concat(weather.Select(DrillTask.From))
            .Select(t => t with { AssignedTo = t.AssignedTo is { } a ? Who(a) : null, DoneBy = t.DoneBy is { } d ? Who(d) : null })
            .ToList();
        var clocks = outages.SelectMany(o => o.Clocks)
            .Concat(masses.SelectMany(m => m.Clocks))
            .Concat(contacts.Where(c => c.RespondBy is not null).Select(c => new EmergencyClock(
                $"{DrillClockNames.FirstResponse}:{Suffix(c.ExternalId, prefix)}", FirstResponseRule(c.Channel), c.RespondBy!.Value, c.AnsweredAt, false)))
            .Concat(complaints.Select(c => new EmergencyClock(
                $"{DrillClockNames.Verify}:{Suffix(c.ExternalId, prefix)}", "CMP-04", c.VerifyBy, c.VerifiedAt,
                c.Breaches.Any(b => b.Clock == BreachClocks.Verify))))
            .ToList();

        // Expected to respond: whoever the drill put work in front of, and a mass incident's named team.
        var expected = contacts.Select(c => c.AgentCode)
            .Concat(complaints.Select(c => c.Assignee))
            .Concat(masses.SelectMany(m => new[] { m.TeamAgentCode, m.TeamSpecialistCode }))
            .OfType<string>()
            .Select(Who)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new DrillFacts(run.Mode, run.StartedAt, endedAt, log, actions, tasks, clocks, expected);
    }

    private static IEnumerable<DrillAction> ContactActions(IEnumerable<Contact> contacts)
    {
        foreach (var c in contacts.Where(c => c.AgentCode is not null))
        {
            if (c.AnsweredAt is { } answered)
            {
                yield return new DrillAction(c.AgentCode!, answered, "contact:answered");
            }

            if (c.ClosedAt is { } closed)
            {
                yield return new DrillAction(c.AgentCode!, closed, "contact:closed");
            }
        }
    }

    // The registration is the drill itself speaking; every later step is somebody answering it.
    private static IEnumerable<DrillAction> ComplaintActions(IEnumerable<Complaint> complaints, Func<string, string> who) =>
        complaints.SelectMany(c => c.History)
            .Where(h => h.Actor != DrillRunner.DrillActorName && h.Actor != Actor.System.Name && h.Action != "registered")
            .Select(h => new DrillAction(who(h.Actor), h.At, $"complaint:{h.Action}"));

    private static IEnumerable<DrillAction> OutageActions(OutageIncident outage, Func<string, string> who)
    {
        if (outage.AcknowledgedBy is { } by && outage.AcknowledgedAt is { } at)
        {
            yield return new DrillAction(who(by), at, "outage:acknowledged");
        }

        foreach (var line in outage.Waiting)
        {
            yield return new DrillAction(who(line.RecordedBy), line.RecordedAt, "outage:waiting-customer");
        }

        if (outage.RestoredBy is { } restoredBy && outage.RestoredAt is { } restoredAt)
        {
            yield return new DrillAction(who(restoredBy), restoredAt, "outage:restored");
        }
    }

    private static IEnumerable<DrillAction> MassActions(MassIncident incident, Func<string, string> who)
    {
        if (incident.TeamFormedBy is { } teamBy && incident.TeamFormedAt is { } teamAt)
        {
            yield return new DrillAction(who(teamBy), teamAt, "mass:team");
        }

        if (incident.PlanPublishedBy is { } planBy && incident.PlanPublishedAt is { } planAt)
        {
            yield return new DrillAction(who(planBy), planAt, "mass:plan");
        }

        if (incident.ClosedBy is { } closedBy && incident.ClosedAt is { } closedAt)
        {
            yield return new DrillAction(who(closedBy), closedAt, "mass:closed");
        }
    }

    private static string FirstResponseRule(Channel channel) => channel == Channel.Online ? "SVC-01" : "SVC-02";

    private static string Suffix(string externalId, string prefix) => externalId[prefix.Length..];
}
