using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain.Assessment;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Assessment;

/// <summary>
/// SVC-07…09 from the real records, the one place the KPI endpoint, the monthly assessment and the trend charts take
/// them from: the records <see cref="KpiRecords"/> selects (drills never count), computed by <see cref="KpiCalculator"/>.
/// </summary>
public sealed class KpiReader(KpiCalculator calculator)
{
    /// <summary>One agent's KPIs over [from, to).</summary>
    public async Task<KpiResult> ForAgentAsync(ConsoleDbContext db, string agentCode, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var facts = await ReadAsync(db, [agentCode], from, to, cancellationToken);
        return facts.ComputeAll();
    }

    /// <summary>Each agent's KPIs over [from, to); an agent without a record gets the empty result (every KPI null).</summary>
    public async Task<IReadOnlyDictionary<string, KpiResult>> ByAgentAsync(
        ConsoleDbContext db, IReadOnlyCollection<string> agentCodes, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var facts = await ReadAsync(db, agentCodes, from, to, cancellationToken);
        return facts.ComputeBy(agentCodes, (agent, _) => agent);
    }

    /// <summary>The real contacts and complaints of the agents in [from, to), for the caller to group (by month, by team).</summary>
    public async Task<KpiFacts> ReadAsync(
        ConsoleDbContext db, IReadOnlyCollection<string> agentCodes, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agentCodes);
        var codes = agentCodes.ToList();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(KpiRecords.ContactsOf(codes, from, to))
            .Select(c => new { Agent = c.AgentCode!, c.ArrivedAt, c.Channel, c.AnsweredAt, Resolved = c.Status == ContactStatus.Closed ? c.Resolved : null, c.Satisfaction })
            .ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(KpiRecords.ComplaintsOf(codes, from, to))
            .Select(c => new { Agent = c.Assignee!, c.ReceivedAt, Closed = c.Status == ComplaintStatus.Closed, Reopened = c.ReopenCount > 0, c.Satisfaction })
            .ToListAsync(cancellationToken);
        return new KpiFacts(
            calculator,
            [.. contacts.Select(c => new KpiFact<ContactOutcome>(c.Agent, c.ArrivedAt, new ContactOutcome(c.Channel, c.ArrivedAt, c.AnsweredAt, c.Resolved, c.Satisfaction)))],
            [.. complaints.Select(c => new KpiFact<ComplaintOutcome>(c.Agent, c.ReceivedAt, new ComplaintOutcome(c.Closed, c.Reopened, c.Satisfaction)))]);
    }
}

/// <summary>One record behind a KPI: whose, when it arrived, and its outcome.</summary>
public sealed record KpiFact<T>(string AgentCode, DateTimeOffset At, T Outcome);

/// <summary>The records read for a period, computed as the caller groups them.</summary>
public sealed class KpiFacts(KpiCalculator calculator, IReadOnlyList<KpiFact<ContactOutcome>> contacts, IReadOnlyList<KpiFact<ComplaintOutcome>> complaints)
{
    public IReadOnlyList<KpiFact<ContactOutcome>> Contacts { get; } = contacts;

    public IReadOnlyList<KpiFact<ComplaintOutcome>> Complaints { get; } = complaints;

    /// <summary>The KPIs of every record read.</summary>
    public KpiResult ComputeAll() => calculator.Compute(Contacts.Select(c => c.Outcome), Complaints.Select(c => c.Outcome));

    /// <summary>The KPIs per key (an agent, a team, a month…); <paramref name="keys"/> get a result even without records.</summary>
    public IReadOnlyDictionary<TKey, KpiResult> ComputeBy<TKey>(IEnumerable<TKey> keys, Func<string, DateTimeOffset, TKey?> keyOf) where TKey : notnull
    {
        var contactGroups = Contacts.Select(c => (Key: keyOf(c.AgentCode, c.At), c.Outcome)).Where(c => c.Key is not null).ToLookup(c => c.Key!, c => c.Outcome);
        var complaintGroups = Complaints.Select(c => (Key: keyOf(c.AgentCode, c.At), c.Outcome)).Where(c => c.Key is not null).ToLookup(c => c.Key!, c => c.Outcome);
        var all = keys.Concat(contactGroups.Select(g => g.Key)).Concat(complaintGroups.Select(g => g.Key)).Distinct();
        return all.ToDictionary(k => k, k => calculator.Compute(contactGroups[k], complaintGroups[k]));
    }
}
