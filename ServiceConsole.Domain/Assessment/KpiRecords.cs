using System.Linq.Expressions;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Domain.Assessment;

/// <summary>
/// Which records a month's KPIs (SVC-07…09) are computed from, for the KPI endpoint and the monthly assessment alike:
/// the contacts an agent took that arrived in the period and the complaints they own that were received in it. Drill
/// records (EMG-05) never count. Expressions, so the database filters them.
/// </summary>
public static class KpiRecords
{
    public static Expression<Func<Contact, bool>> ContactsOf(IReadOnlyCollection<string> agentCodes, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(agentCodes);
        return c => c.AgentCode != null && agentCodes.Contains(c.AgentCode) && !c.IsDrill && c.ArrivedAt >= from && c.ArrivedAt < to;
    }

    public static Expression<Func<Complaint, bool>> ComplaintsOf(IReadOnlyCollection<string> agentCodes, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(agentCodes);
        return c => c.Assignee != null && agentCodes.Contains(c.Assignee) && !c.IsDrill && c.ReceivedAt >= from && c.ReceivedAt < to;
    }
}
