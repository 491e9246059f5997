using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Callbacks;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01 recovery: every affected customer of the weather emergency (a return or redirect request, or a delay
/// question, since the mode went on) gets one callback due 24 h after recovery began. The callbacks' ids come from
/// the recovery and the customer (<see cref="WeatherRecoveryPolicy"/>), so a sweep repeated (recovery re-entered, a
/// late request) inserts only the customers not called yet.
/// </summary>
public sealed class WeatherRecovery(
    WeatherRecoveryPolicy policy,
    RecoveryCallbacks recovery,
    IOptions<WeatherFlowOptions> options,
    TimeProvider time,
    WritePath writes,
    ILogger<WeatherRecovery> logger)
{
    /// <summary>Creates, schedules and pushes the callbacks still missing; returns how many were new (0 outside recovery).</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            if (await WeatherCycle.LoadAsync(db, cancellationToken) is not { InRecovery: true } cycle)
            {
                return 0;
            }

            var requests = await db.WeatherRequests.AsNoTracking()
                .Where(r => r.RecordedAt >= cycle.Since && r.IsDrill == cycle.Drill)
                .ToListAsync(cancellationToken);
            var contacts = await DelayContactsAsync(db, cycle, cancellationToken);
            var affected = await OwnedByAgentsAsync(db, policy.AffectedCustomers(requests, contacts, cycle.Since, cycle.Drill), cancellationToken);
            var tasks = policy.RecoveryCallbacks(cycle.RecoveryId!.Value, affected, cycle.RecoveryAt!.Value, time.GetUtcNow(), cycle.Drill);
            var created = await RecoveryCallbacks.AddNewAsync(db, tasks, cancellationToken);
            recovery.Announce(write, created);
            if (created.Count > 0)
            {
                logger.LogInformation("Weather recovery: {Count} new callback(s) to affected customers", created.Count);
            }

            return created.Count;
        }, cancellationToken);

    /// <summary>The recovery callbacks of the current or last weather emergency, with their progress; one agent's when <paramref name="agentCode"/> is given.</summary>
    public static async Task<RecoveryProgressResource> ProgressAsync(
        ConsoleDbContext db, WeatherCycle cycle, WeatherRecoveryPolicy policy, string? agentCode, CancellationToken cancellationToken)
    {
        if (cycle.RecoveryAt is not { } began)
        {
            return RecoveryProgressResource.None;
        }

        var query = db.Callbacks.AsNoTracking()
            .Where(c => c.Kind == CallbackKind.Recovery && c.RuleId == "EMG-01" && c.IsDrill == cycle.Drill && c.CreatedAt >= began);
        if (agentCode is not null)
        {
            query = query.Where(c => c.AgentCode == agentCode);
        }

        return await RecoveryCallbacks.ProgressAsync(query, policy.CallbackDueAt(began), cancellationToken);
    }

    // A request recorded by someone who is no agent (a supervisor, under their login) owes a call no agent holds yet:
    // it stays unassigned, for whoever is free, instead of waiting on a queue nobody reads.
    private static async Task<IReadOnlyList<AffectedCustomer>> OwnedByAgentsAsync(
        ConsoleDbContext db, IReadOnlyList<AffectedCustomer> affected, CancellationToken cancellationToken)
    {
        var named = affected.Where(a => a.AgentCode is not null).Select(a => a.AgentCode!).Distinct().ToList();
        var agents = (await db.Agents.AsNoTracking().Where(a => named.Contains(a.Code)).Select(a => a.Code).ToListAsync(cancellationToken)).ToHashSet();
        return [.. affected.Select(a => a.AgentCode is { } code && !agents.Contains(code) ? a with { AgentCode = null } : a)];
    }

    // One query per topic word keeps the filter in SQL; a contact matching two words is kept once.
    private async Task<List<Contact>> DelayContactsAsync(ConsoleDbContext db, WeatherCycle cycle, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, Contact>();
        foreach (var topic in options.Value.EffectiveDelayTopics)
        {
            var matching = await db.Contacts.AsNoTracking()
                .Where(c => c.ArrivedAt >= cycle.Since && c.IsDrill == cycle.Drill && c.Topic != null && c.Topic.Contains(topic))
                .ToListAsync(cancellationToken);
            foreach (var contact in matching)
            {
                found.TryAdd(contact.Id, contact);
            }
        }

        return [.. found.Values];
    }
}
