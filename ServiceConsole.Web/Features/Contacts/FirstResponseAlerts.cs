using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Alerts;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>
/// A contact not answered within its first-response target (SVC-01 chat, SVC-02 phone) raises a breach alert like
/// every other clock, so the alert list and the day's counters always agree: at the latest when the sweep notices it
/// still waiting, or when it is answered late. One alert per contact, whoever notices first.
/// </summary>
public sealed class FirstResponseAlerts(WritePath writes, TimeProvider time)
{
    /// <summary>The clock's name on the wire and in the alert list.</summary>
    public const string Clock = "first-response";

    /// <summary>How many overdue contacts one sweep takes; a backlog is worked through in the next sweeps.</summary>
    private const int SweepBatch = 500;

    /// <summary>Raises a breach for every contact still waiting past its target that has none yet; returns how many.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var now = time.GetUtcNow();
            var db = write.Db;
            var overdue = await db.Contacts.AsNoTracking()
                .Where(c => c.Status == ContactStatus.Waiting && c.RespondBy != null && c.RespondBy < now)
                .Where(c => !db.Alerts.Any(a => a.SubjectId == c.Id && a.Clock == Clock))
                .OrderBy(c => c.RespondBy)
                .Take(SweepBatch)
                .ToListAsync(cancellationToken);
            var raised = 0;
            foreach (var contact in overdue)
            {
                if (await AddAsync(write, contact, now, cancellationToken))
                {
                    raised++;
                }
            }

            return raised;
        }, cancellationToken);

    /// <summary>Within a write: the breach of a contact answered (or still waiting) past its target, if not raised yet.</summary>
    public static async Task<bool> AddAsync(WriteScope write, Contact contact, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.RespondBy is not { } due || RuleOf(contact.Channel) is not { } rule)
        {
            return false;
        }

        var alert = ClockAlert.Raise(
            ClockAlertKind.Breach, rule, Clock, ClockSubject.Contact, contact.Id, contact.AgentCode,
            contact.WaybillNo ?? CustomerMask.Name(contact.CustomerName), due, now, contact.IsDrill);
        if (!await ClockAlertService.AddIfNewAsync(write.Db, alert, cancellationToken))
        {
            return false;
        }

        write.Publish(ClockAlertService.Change(alert));
        return true;
    }

    private static string? RuleOf(Channel channel) => channel switch
    {
        Channel.Online => "SVC-01",
        Channel.Phone => "SVC-02",
        _ => null, // SVC-03: the counter has no first-response limit
    };
}
