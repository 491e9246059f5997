using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Security;

/// <summary>
/// INF-10: watches the audit chain for an account that reads more distinct customers in clear (views in clear and
/// reveals) within the window than the policy allows, and raises one suspected-leak incident for it per window.
/// </summary>
public sealed class LeakWatch(IDbContextFactory<ConsoleDbContext> dbFactory, IServiceProvider services, IOptions<PolicyOptions> policy, TimeProvider time)
    : IAuditObserver
{
    public async Task AppendedAsync(IReadOnlyList<AuditEvent> entries, IAuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var accounts = entries.Where(IsClearRead).Select(e => e.Actor).Distinct().ToList();
        if (accounts.Count == 0)
        {
            return;
        }

        var information = policy.Value.Information;
        var since = time.GetUtcNow().AddMinutes(-information.LeakWindowMinutes);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var account in accounts)
        {
            var customers = await db.AuditRecords.AsNoTracking()
                .Where(a => a.Actor == account && a.Revealed && a.At >= since && (a.Action == AuditActions.View || a.Action == AuditActions.Reveal))
                .Select(a => a.Subject)
                .Distinct()
                .CountAsync(cancellationToken);
            if (customers > information.LeakEscalationRecords)
            {
                // Resolved when needed: the incidents record in the audit chain, which holds this watch.
                await services.GetRequiredService<SecurityIncidents>().SuspectLeakAsync(account, customers, cancellationToken);
            }
        }
    }

    private static bool IsClearRead(AuditEvent entry) => entry.Revealed && entry.Action is AuditActions.View or AuditActions.Reveal;
}
