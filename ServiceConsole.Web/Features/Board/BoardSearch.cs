using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Board;

/// <summary>Finds what a supervisor types into the board's search box.</summary>
public interface IBoardSearch
{
    /// <summary>
    /// Complaints, contacts and agents matching <paramref name="text"/>: a waybill number, the last four digits of a phone,
    /// an agent's code or name, or a complaint's id (its number or the caller's id). Open work first, at most
    /// <paramref name="limit"/> hits.
    /// </summary>
    Task<IReadOnlyList<BoardSearchHit>> FindAsync(string? text, int limit = 12, CancellationToken cancellationToken = default);
}

/// <summary>
/// The board's search, in the database rather than the snapshot, so it finds closed complaints and today's answered
/// contacts too and the customer's phone never leaves the server. Contacts are searched within the centre's day (the
/// contacts table grows by the thousand an hour); complaints at any age.
/// </summary>
public sealed class BoardSearch(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IStaffDirectory staff,
    TimeProvider time,
    CentreTimeZone centre) : IBoardSearch
{
    /// <summary>Shortest text searched: one character would match half the centre.</summary>
    public const int MinimumLength = 2;

    public async Task<IReadOnlyList<BoardSearchHit>> FindAsync(string? text, int limit = 12, CancellationToken cancellationToken = default)
    {
        var term = text?.Trim() ?? "";
        if (term.Length < MinimumLength)
        {
            return [];
        }

        var lastFour = term.Length == 4 && term.All(char.IsAsciiDigit);
        var local = centre.ToLocal(time.GetUtcNow());
        var dayStart = new DateTimeOffset(local.Date, local.Offset);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var agents = (await db.Agents.AsNoTracking()
                .Where(a => a.Code == term.ToUpper() || a.Name.Contains(term))
                .OrderBy(a => a.Code)
                .Take(limit)
                .Select(a => new { a.Code, a.Name, a.Channel, a.Status })
                .ToListAsync(cancellationToken))
            .Select(a => new BoardSearchHit(BoardSearchKind.Agent, null, $"{a.Code} {a.Name}", "", a.Code, a.Channel, true, WireNames.ToWire(a.Status)));

        var byId = Guid.TryParse(term, out var id) ? id : (Guid?)null;
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == byId || c.ExternalId == term || c.WaybillNo == term || (lastFour && c.CustomerPhone.EndsWith(term)))
            .OrderBy(c => c.Status == ComplaintStatus.Closed)
            .ThenByDescending(c => c.ReceivedAt)
            .Take(limit)
            .Select(c => new { c.Id, c.WaybillNo, c.CustomerName, c.CustomerPhone, c.Status, c.Severity, c.Assignee, c.Channel })
            .ToListAsync(cancellationToken);

        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.ArrivedAt >= dayStart
                && (c.ExternalId == term || c.WaybillNo == term || (lastFour && c.CustomerPhone.EndsWith(term))))
            .OrderBy(c => c.Status == ContactStatus.Closed)
            .ThenByDescending(c => c.ArrivedAt)
            .Take(limit)
            .Select(c => new { c.Id, c.WaybillNo, c.CustomerName, c.CustomerPhone, c.Status, c.AgentCode, c.Channel, c.Topic })
            .ToListAsync(cancellationToken);

        var hits = complaints.Select(c => new BoardSearchHit(
                BoardSearchKind.Complaint, c.Id, c.WaybillNo,
                Describe(c.CustomerName, c.CustomerPhone, c.Assignee),
                c.Assignee, c.Channel, c.Status != ComplaintStatus.Closed, WireNames.ToWire(c.Status), c.Severity == Severity.Major))
            .Concat(contacts.Select(c => new BoardSearchHit(
                BoardSearchKind.Contact, c.Id, c.WaybillNo ?? c.Topic ?? "",
                Describe(c.CustomerName, c.CustomerPhone, c.AgentCode),
                c.AgentCode, c.Channel, c.Status != ContactStatus.Closed, WireNames.ToWire(c.Status))))
            .Concat(agents)
            .OrderByDescending(h => h.Open)
            .Take(limit)
            .ToList();
        return hits;
    }

    private string Describe(string customer, string phone, string? holder)
    {
        var masked = CustomerMask.Name(customer);
        var tail = CustomerMask.PhoneTail(phone) is { Length: > 0 } last ? $" ·{last}" : "";
        return holder is null ? masked + tail : $"{masked}{tail} · {staff.NameOf(holder)}";
    }
}
