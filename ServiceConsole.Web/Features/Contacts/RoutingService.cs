using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Routing;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>Feeds the domain router with each agent's current load and applies its choice.</summary>
public sealed class RoutingService(ContactRouter router)
{
    /// <summary>
    /// The agent for a new contact of an ingest write, choosing from the loads an earlier ingest of the same group left
    /// in the group's memo, or read now. The write calls <see cref="Counted"/> once its contact is saved, so the next
    /// ingest of the group sees it exactly as a fresh read would; any other write empties the memo.
    /// </summary>
    public async Task<string?> ChooseAgentAsync(WriteScope write, Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var key = new GroupLoads(channel);
        if (!write.Memo.TryGet<Dictionary<string, AgentLoad>>(key, out var loads))
        {
            loads = (await LoadsAsync(write.Db, channel, cancellationToken)).ToDictionary(l => l.Code, StringComparer.Ordinal);
            write.Memo.Set(key, loads);
        }

        return router.ChooseAgent(channel, loads.Values);
    }

    /// <summary>
    /// A saved new contact, counted in the group's loads the way <see cref="OpenContactsByAgent"/> would count it (open
    /// and assigned, in its channel, whether routed or given), which keeps every channel's loads up to date: the contact
    /// changes no agent and no other channel. Called by a write that wrote nothing else bearing on routing.
    /// </summary>
    public static void Counted(WriteScope write, Contact contact)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.AgentCode is { } code
            && contact.Status is ContactStatus.Waiting or ContactStatus.Answered
            && write.Memo.TryGet<Dictionary<string, AgentLoad>>(new GroupLoads(contact.Channel), out var loads)
            && loads.TryGetValue(code, out var load))
        {
            loads[code] = load with { OpenContacts = load.OpenContacts + 1 };
        }

        foreach (var channel in Enum.GetValues<Channel>())
        {
            write.Memo.Keep(new GroupLoads(channel));
        }
    }

    /// <summary>The memo key of a channel's agent loads.</summary>
    private sealed record GroupLoads(Channel Channel);

    /// <summary>
    /// Offers waiting, unassigned contacts of a channel to whoever is free now, oldest first (SVC-03 for the counter).
    /// Returns the contacts it assigned; the caller saves and publishes.
    /// </summary>
    public async Task<IReadOnlyList<Contact>> OfferWaitingAsync(
        ConsoleDbContext db, Channel channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.Contacts
            .Where(c => c.Channel == channel && c.Status == ContactStatus.Waiting && c.AgentCode == null && !c.IsDrill)
            .OrderBy(c => c.ArrivedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return [];
        }

        var loads = (await LoadsAsync(db, channel, cancellationToken)).ToDictionary(l => l.Code);
        var assigned = new List<Contact>();
        foreach (var contact in waiting)
        {
            var code = router.ChooseAgent(channel, loads.Values);
            if (code is null)
            {
                break;
            }

            contact.AssignTo(code, now);
            loads[code] = loads[code] with { OpenContacts = loads[code].OpenContacts + 1 };
            assigned.Add(contact);
        }

        return assigned;
    }

    /// <summary>
    /// An owner for a complaint that arrived without an agent: an agent of its channel on duty, with the fewest open
    /// complaints and contacts (<see cref="ComplaintRouter"/>); any agent when the channel has none.
    /// </summary>
    public static async Task<string?> ChooseComplaintOwnerAsync(ConsoleDbContext db, Channel channel, CancellationToken cancellationToken)
    {
        // A held agent (onboarding, training, suspension) never owns a new complaint, not even as the last resort.
        var agents = await db.Agents.AsNoTracking()
            .Where(a => a.Hold == DutyHold.None)
            .Select(a => new { a.Code, a.Channel, a.Status, a.IdleSince })
            .ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && c.Assignee != null && !c.IsDrill)
            .GroupBy(c => c.Assignee!)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.Status != ContactStatus.Closed && c.AgentCode != null)
            .GroupBy(c => c.AgentCode!)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        var ofChannel = agents.Where(a => a.Channel == channel).ToList();
        return ComplaintRouter.ChooseOwner((ofChannel.Count > 0 ? ofChannel : agents).Select(a => new ComplaintOwnerLoad(
            a.Code, Agent.IsOnDutyStatus(a.Status), complaints.GetValueOrDefault(a.Code), contacts.GetValueOrDefault(a.Code), a.IdleSince)));
    }

    /// <summary>
    /// Each agent's open (waiting or answered) contacts of a channel, read from the covering index (Channel, Status,
    /// AgentCode) alone: the cost grows with the contacts agents hold now, never with the closed history. Every ingest
    /// routes, so this runs once per contact; written as "not closed" it scanned every contact ever assigned.
    /// </summary>
    internal static IQueryable<OpenContactCount> OpenContactsByAgent(ConsoleDbContext db, Channel channel) =>
        db.Contacts.AsNoTracking()
            .Where(c => c.Channel == channel && (c.Status == ContactStatus.Waiting || c.Status == ContactStatus.Answered) && c.AgentCode != null)
            .GroupBy(c => c.AgentCode!)
            .Select(g => new OpenContactCount(g.Key, g.Count()));

    internal sealed record OpenContactCount(string Code, int Count);

    private static async Task<List<AgentLoad>> LoadsAsync(ConsoleDbContext db, Channel channel, CancellationToken cancellationToken)
    {
        var agents = await db.Agents.AsNoTracking()
            .Where(a => a.Channel == channel && a.Hold == DutyHold.None)
            .Select(a => new { a.Code, a.Status, a.IdleSince })
            .ToListAsync(cancellationToken);
        var open = await OpenContactsByAgent(db, channel).ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        return
        [
            .. agents.Select(a => new AgentLoad(a.Code, channel, a.Status, open.GetValueOrDefault(a.Code), a.IdleSince)),
        ];
    }
}
