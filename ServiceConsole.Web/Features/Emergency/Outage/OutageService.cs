using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02 as the console works it: an agent reports the outage (switching outage mode on), the supervisor confirms
/// the technical team was contacted, agents list the customers they could not serve, and the restore switches the
/// mode off (<see cref="OutageModeHandler"/> then publishes the notice and the recovery callbacks).
/// </summary>
public sealed class OutageService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    EmergencyService emergency,
    OutageClockService clocks,
    RecoveryCallbacks recovery,
    ServiceScripts scripts,
    CustomerDataRulesProvider dataRules,
    WritePath writes) : IOutageWaitingRecorder
{
    public const string DefaultRestoreReason = "系统已恢复";

    /// <summary>
    /// The open outage, else the latest one; null when none was ever reported. An agent sees only the customers they
    /// recorded and the calls they owe (INF-05).
    /// </summary>
    public async Task<OutageResource?> CurrentAsync(Actor? viewer = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var incident = await LatestAsync(db, tracked: false, cancellationToken);
        return incident is null ? null : await OutageResources.ToResourceAsync(db, incident, scripts.OutageCustomerMessage, viewer, cancellationToken);
    }

    /// <summary>The agent who noticed the outage reports it: outage mode goes on with the description as its reason.</summary>
    public async Task<OperationResult<OutageResource>> ReportAsync(OutageReportRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("description", request.Description, 500);
        if (errors.Any)
        {
            return OperationResult<OutageResource>.Invalid(errors.ToDictionary());
        }

        if (await CurrentAsync(actor, cancellationToken) is { Open: true } open)
        {
            return OperationResult<OutageResource>.Conflict(
                $"The outage was already reported by {open.NoticedBy}.",
                new Dictionary<string, object?> { ["outageId"] = open.Id, ["action"] = "report" });
        }

        var result = await emergency.ActivateAsync(
            WireNames.ToWire(EmergencyMode.Outage), new EmergencyActivateRequest(request.Description, null, request.Drill, null), actor, cancellationToken);
        if (!result.Succeeded)
        {
            return Relay(result, "description");
        }

        return await CurrentAsync(actor, cancellationToken) is { } current
            ? OperationResult<OutageResource>.Created(current)
            : throw new InvalidOperationException("Outage mode is on but no outage was opened; see the log of OutageModeHandler.");
    }

    /// <summary>The supervisor has contacted the technical team ("已联系技术团队"); later than 5 minutes is recorded as a breach.</summary>
    public async Task<OperationResult<OutageResource>> AcknowledgeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var result = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var incident = await db.Outages.Where(o => o.RestoredAt == null).OrderByDescending(o => o.StartedAt).FirstOrDefaultAsync(cancellationToken);
            if (incident is null)
            {
                return OperationResult<OutageIncident>.Conflict("No outage is open.", new Dictionary<string, object?> { ["action"] = "acknowledge" });
            }

            incident.Acknowledge(actor.Name, clock.Now);

            OutageClockService.PublishAll(write, await OutageClockService.AddBreachAlertsAsync(db, incident, cancellationToken));
            write.Publish(EmergencyNotices.Change(EmergencyMode.Outage, EmergencyNotices.OutageAcknowledged, null, "EMG-02", clock.Now, incident.IsDrill, incident.Id));
            write.AfterCommit(_ => clocks.ScheduleAsync(incident, CancellationToken.None));
            return OperationResult<OutageIncident>.Ok(incident);
        }, cancellationToken);
        return result.Succeeded
            ? OperationResult<OutageResource>.Ok((await CurrentAsync(actor, cancellationToken))!)
            : result.Failed<OutageResource>();
    }

    /// <summary>
    /// Lists a customer who could not be served while the system was down, or types in a paper form afterwards; once
    /// the system is back, a late line gets its recovery callback at once.
    /// </summary>
    public async Task<OperationResult<OutageWaitingResource>> RecordWaitingAsync(
        OutageWaitingRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("customerName", request.CustomerName, 100);
        errors.Required("customerPhone", request.CustomerPhone, 20);
        if (!string.IsNullOrWhiteSpace(request.WaybillNo) && !dataRules.IsValidWaybill(request.WaybillNo.Trim()))
        {
            errors.Add("waybillNo", $"waybillNo must match {dataRules.WaybillPattern}.");
        }

        errors.Required("issue", request.Issue, 500);
        var recordedBy = string.IsNullOrWhiteSpace(request.RecordedBy) ? actor.AgentCode : request.RecordedBy.Trim();
        errors.Required("recordedBy", recordedBy, 20);
        var recordedAt = clock.Resolve("recordedAt", request.RecordedAt, errors);
        if (errors.Any)
        {
            return OperationResult<OutageWaitingResource>.Invalid(errors.ToDictionary());
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            if (!await db.Agents.AnyAsync(a => a.Code == recordedBy, cancellationToken))
            {
                return OperationResult<OutageWaitingResource>.Invalid("recordedBy", "Unknown agent code.");
            }

            var incident = await LatestAsync(db, tracked: true, cancellationToken);
            if (incident is null)
            {
                return OperationResult<OutageWaitingResource>.Conflict("No outage has been reported.", new Dictionary<string, object?> { ["action"] = "waiting" });
            }

            OutageWaitingCustomer line;
            try
            {
                line = incident.RecordWaitingCustomer(
                    Guid.CreateVersion7(clock.Now), request.CustomerName!, request.CustomerPhone!, request.WaybillNo, request.Issue!, recordedBy!, recordedAt);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<OutageWaitingResource>.Invalid(ex.ParamName ?? "customerPhone", ex.PlainMessage());
            }

            if (incident.IsRestored)
            {
                recovery.Announce(write, await RecoveryCallbacks.AddNewAsync(db, incident.CreateMissingCallbacks(clock.Now), cancellationToken));
            }

            write.Publish(EmergencyNotices.Change(EmergencyMode.Outage, EmergencyNotices.OutageWaiting, null, "EMG-02", clock.Now, incident.IsDrill, incident.Id));
            return OperationResult<OutageWaitingResource>.Created(OutageResources.ToResource(line));
        }, cancellationToken);
    }

    /// <summary>The system is back: switches outage mode off, which publishes the notice and the recovery callbacks.</summary>
    public async Task<OperationResult<OutageResource>> RestoreAsync(OutageRestoreRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? DefaultRestoreReason : request.Reason;
        var result = await emergency.DeactivateAsync(WireNames.ToWire(EmergencyMode.Outage), new EmergencyDeactivateRequest(reason), actor, cancellationToken);
        if (!result.Succeeded)
        {
            return Relay(result, "reason");
        }

        return await CurrentAsync(actor, cancellationToken) is { } current
            ? OperationResult<OutageResource>.Ok(current)
            : OperationResult<OutageResource>.Conflict("Outage mode was switched off, but no outage had been opened.");
    }

    private static async Task<OutageIncident?> LatestAsync(ConsoleDbContext db, bool tracked, CancellationToken cancellationToken)
    {
        var outages = tracked ? db.Outages : db.Outages.AsNoTracking();
        return await outages.Where(o => o.RestoredAt == null).OrderByDescending(o => o.StartedAt).FirstOrDefaultAsync(cancellationToken)
            ?? await outages.OrderByDescending(o => o.StartedAt).FirstOrDefaultAsync(cancellationToken);
    }

    // The mode's own messages name its fields (reason); on these routes the caller sent a description.
    private static OperationResult<OutageResource> Relay(OperationResult<EmergencyModeResource> result, string reasonField) => result.Status switch
    {
        OperationStatus.Invalid => OperationResult<OutageResource>.Invalid(
            result.Errors!.ToDictionary(e => e.Key == "reason" ? reasonField : e.Key, e => e.Value.Select(m => m.Replace("reason", reasonField, StringComparison.Ordinal)).ToArray())),
        OperationStatus.Conflict => OperationResult<OutageResource>.Conflict(result.Detail!, result.Extensions),
        OperationStatus.NotFound => OperationResult<OutageResource>.NotFound(result.Detail!),
        _ => OperationResult<OutageResource>.Forbidden(result.Detail ?? "Not allowed."),
    };
}
