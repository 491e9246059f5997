using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Routing;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>Feeds the domain router with each agent's current load and applies its choice.</summary>
public sealed class RoutingService(ContactRouter router)
{
    public async Task<string?> ChooseAgentAsync(ConsoleDbContext db, Channel channel, CancellationToken cancellationToken)
    {
        var loads = await LoadsAsync(db, channel, cancellationToken);
        return router.ChooseAgent(channel, loads);
    }

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

    private static async Task<List<AgentLoad>> LoadsAsync(ConsoleDbContext db, Channel channel, CancellationToken cancellationToken)
    {
        var agents = await db.Agents.AsNoTracking()
            .Where(a => a.Channel == channel)
            .Select(a => new { a.Code, a.Status, a.IdleSince })
            .ToListAsync(cancellationToken);
        var open = await db.Contacts.AsNoTracking()
            .Where(c => c.Channel == channel && c.Status != ContactStatus.Closed && c.AgentCode != null)
            .GroupBy(c => c.AgentCode!)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Count, cancellationToken);
        return
        [
            .. agents.Select(a => new AgentLoad(a.Code, channel, a.Status, open.GetValueOrDefault(a.Code), a.IdleSince)),
        ];
    }
}
