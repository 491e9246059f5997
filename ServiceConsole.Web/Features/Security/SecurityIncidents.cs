using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Security;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Security;

/// <summary>
/// Security incidents (INF-10, INF-11): the admin's list, a data loss opened by an admin with its plan clock on Quartz
/// (warning and breach like every other clock) and a notification task per affected customer, and the suspected leaks
/// the <see cref="LeakWatch"/> raises. Every step is also an audit row.
/// </summary>
public sealed class SecurityIncidents(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    WritePath writes,
    ClockScheduler scheduler,
    ClockWarningPolicy warnings,
    IOptions<PolicyOptions> policy,
    IAuditTrail audit,
    IStaffDirectory staff,
    TimeProvider time,
    ILogger<SecurityIncidents> logger)
{
    public const string Group = "security-clocks";
    public const string PlanClock = "plan";
    private const string RuleId = "INF-11";

    private InformationOptions Information => policy.Value.Information;

    public async Task<IReadOnlyList<SecurityIncidentResource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incidents = await db.SecurityIncidents.AsNoTracking().OrderByDescending(i => i.OpenedAt).Take(200).ToListAsync(cancellationToken);
        return [.. incidents.Select(ToResource)];
    }

    public async Task<OperationResult<SecurityIncidentResource>> OpenDataLossAsync(DataLossRequest request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Required("description", request.Description, 1000);
        if (request.CustomerIds is not { Count: > 0 })
        {
            errors.Add("customerIds", "List the customers whose data was lost or leaked.");
        }

        if (errors.Any)
        {
            return OperationResult<SecurityIncidentResource>.Invalid(errors.ToDictionary());
        }

        var result = await writes.RunAsync(async write =>
        {
            var ids = request.CustomerIds!.Distinct().ToList();
            var known = await write.Db.Customers.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            if (known.Count != ids.Count)
            {
                return OperationResult<SecurityIncident>.Invalid("customerIds", $"{ids.Count - known.Count} of the customers are unknown.");
            }

            var incident = SecurityIncident.OpenDataLoss(
                Guid.CreateVersion7(time.GetUtcNow()), request.Description!, ids, Information.LeakEscalationRecords,
                Information.DataFaultPlanHours, actor.Name, time.GetUtcNow());
            write.Db.SecurityIncidents.Add(incident);
            write.Publish(new SecurityIncidentChanged(ToResource(incident)));
            return OperationResult<SecurityIncident>.Created(incident);
        }, cancellationToken);
        if (result.Value is not { } opened)
        {
            return result.Failed<SecurityIncidentResource>();
        }

        await ScheduleAsync(opened, cancellationToken);
        await audit.RecordAsync(new AuditEvent(actor.Name, AuditActions.Incident, Subject(opened.Id), Detail: $"data loss opened: {opened.RecordCount} customers"), cancellationToken);
        return OperationResult<SecurityIncidentResource>.Created(ToResource(opened));
    }

    /// <summary>
    /// The screen's way in: the affected customers by phone (one per line or comma-separated). A phone that matches no
    /// customer is counted in the field error, never repeated.
    /// </summary>
    public async Task<OperationResult<SecurityIncidentResource>> OpenDataLossByPhonesAsync(string? description, string? phones, Actor actor, CancellationToken cancellationToken)
    {
        var given = (phones ?? "").Split(['\n', ',', '，', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Customers.AsNoTracking().Where(c => given.Contains(c.Phone)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (given.Count > 0 && found.Count < given.Count)
        {
            return OperationResult<SecurityIncidentResource>.Invalid("customerIds", $"{given.Count - found.Count} of the {given.Count} phone numbers match no customer.");
        }

        return await OpenDataLossAsync(new DataLossRequest(description, found), actor, cancellationToken);
    }

    /// <summary>The customers of one incident with their notification state, for the admin's screen (shaped there: masked).</summary>
    public async Task<IReadOnlyList<AffectedCustomerView>> AffectedAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incident = await db.SecurityIncidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return [];
        }

        var ids = incident.Customers.Select(c => c.CustomerId).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. incident.Customers.Select(c => customers.TryGetValue(c.CustomerId, out var customer)
            ? new AffectedCustomerView(c.CustomerId, customer.Name, customer.Phone, c.NotifiedAt, c.NotifiedBy)
            : new AffectedCustomerView(c.CustomerId, "", "", c.NotifiedAt, c.NotifiedBy))];
    }

    public Task<OperationResult<SecurityIncidentResource>> StartPlanAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "plan started", incident => incident.StartPlan(actor.Name, time.GetUtcNow()), cancellationToken);

    public Task<OperationResult<SecurityIncidentResource>> NotifiedAsync(Guid id, Guid customerId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, $"customer:{customerId} notified", incident => incident.Notify(customerId, actor.Name, time.GetUtcNow()), cancellationToken);

    /// <summary>INF-10: raises a suspected leak for <paramref name="account"/> unless one is open for it in the window; null when none was raised.</summary>
    public async Task<SecurityIncidentResource?> SuspectLeakAsync(string account, int customers, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now.AddMinutes(-Information.LeakWindowMinutes);
        var raised = await writes.ApplyAsync(async write =>
        {
            if (await write.Db.SecurityIncidents.AnyAsync(
                    i => i.Kind == SecurityIncidentKind.SuspectedLeak && i.Account == account && i.OpenedAt >= since, cancellationToken))
            {
                return null;
            }

            var incident = SecurityIncident.SuspectLeak(
                Guid.CreateVersion7(now), account, customers, Information.LeakEscalationRecords, Information.LeakWindowMinutes, now);
            write.Db.SecurityIncidents.Add(incident);
            write.Publish(new SecurityIncidentChanged(ToResource(incident)));
            return incident;
        }, cancellationToken);
        if (raised is null)
        {
            return null;
        }

        logger.LogWarning("Suspected leak: {Account} read {Customers} customers in clear within {Minutes} minutes", account, customers, Information.LeakWindowMinutes);
        await audit.RecordAsync(new AuditEvent("system", AuditActions.Incident, Subject(raised.Id), Detail: $"suspected leak by {account}: {customers} customers, police referral"), cancellationToken);
        return ToResource(raised);
    }

    /// <summary>The plan clock's fire: a warning before the due time, the breach once at it, while no plan has started.</summary>
    public Task FireAsync(Guid id, ClockAlertKind kind, DateTimeOffset? dueAt, CancellationToken cancellationToken) =>
        writes.ApplyAsync(async write =>
        {
            var incident = await write.Db.SecurityIncidents.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            var now = time.GetUtcNow();
            if (incident is not { PlanDueAt: { } due, PlanStartedAt: null })
            {
                return false;
            }

            if (kind == ClockAlertKind.Breach && !incident.RecordDueBreach(now))
            {
                return false;
            }

            if (kind == ClockAlertKind.Warning && (due != dueAt || !warnings.StillWorthWarning(due, now)))
            {
                return false;
            }

            var alert = ClockAlert.Raise(kind, RuleId, PlanClock, ClockSubject.Incident, incident.Id, agentCode: null, Clip(incident.Description), due, now, isDrill: false);
            if (await ClockAlertService.AddIfNewAsync(write.Db, alert, cancellationToken))
            {
                write.Publish(ClockAlertService.Change(alert));
            }

            write.Publish(new SecurityIncidentChanged(ToResource(incident)));
            return true;
        }, cancellationToken);

    private async Task<OperationResult<SecurityIncidentResource>> ChangeAsync(
        Guid id, Actor actor, string step, Action<SecurityIncident> change, CancellationToken cancellationToken)
    {
        var result = await writes.RunAsync(async write =>
        {
            var incident = await write.Db.SecurityIncidents.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (incident is null)
            {
                return OperationResult<SecurityIncident>.NotFound($"No security incident with id {id}.");
            }

            try
            {
                change(incident);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<SecurityIncident>.Invalid(ex.ParamName ?? "body", ex.PlainMessage());
            }

            write.Publish(new SecurityIncidentChanged(ToResource(incident)));
            return OperationResult<SecurityIncident>.Ok(incident);
        }, cancellationToken);
        if (result.Value is not { } changed)
        {
            return result.Failed<SecurityIncidentResource>();
        }

        await ScheduleAsync(changed, cancellationToken);
        await audit.RecordAsync(new AuditEvent(actor.Name, AuditActions.Incident, Subject(id), Detail: step), cancellationToken);
        return OperationResult<SecurityIncidentResource>.Ok(ToResource(changed));
    }

    /// <summary>Mirrors the plan clock in the scheduler: running until the plan starts.</summary>
    private async Task ScheduleAsync(SecurityIncident incident, CancellationToken cancellationToken)
    {
        (string, DateTimeOffset)[] running = incident is { PlanDueAt: { } due, PlanStartedAt: null, PlanBreachedAt: null } ? [(PlanClock, due)] : [];
        try
        {
            await scheduler.ScheduleAsync<SecurityPlanClockJob>(Group, incident.Id, ClockScheduler.FiresFor(running, warnings, time.GetUtcNow()), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not schedule the plan clock of security incident {IncidentId}", incident.Id);
        }
    }

    private static string Subject(Guid id) => $"security-incident:{id}";

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private SecurityIncidentResource ToResource(SecurityIncident i) => new(
        i.Id, WireNames.ToWire(i.Kind), i.OpenedAt, i.OpenedBy, i.Account, i.Account is { } account ? staff.Find(account)?.DisplayName : null,
        i.RecordCount, i.Description, i.PoliceReferral, i.PlanDueAt, i.PlanStartedAt, i.PlanStartedBy, i.PlanBreachedAt is not null,
        [.. i.Customers.Select(c => new AffectedCustomerResource(c.CustomerId, c.NotifiedAt, c.NotifiedBy))]);
}
