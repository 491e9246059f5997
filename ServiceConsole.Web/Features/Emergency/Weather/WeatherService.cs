using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Domain.Scripts;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Emergency.Modes;
using ServiceConsole.Web.Features.Emergency.Recovery;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>
/// EMG-01 as agents work it: the phase and its script, the hub where parcels wait, the return and redirect requests
/// (recorded as tasks and marked done) and the recovery callbacks' progress. Phases are switched on the mode itself
/// (<see cref="EmergencyService"/>); <see cref="WeatherModeHandler"/> does what each switch sets off.
/// </summary>
public sealed class WeatherService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    EmergencyService emergency,
    WeatherRecovery recovery,
    WeatherRecoveryPolicy recoveryPolicy,
    ServiceScripts scripts,
    PolicyOptions policy,
    CustomerDataRulesProvider dataRules,
    WritePath writes) : IWeatherRequestRecorder
{
    /// <summary>The current or last weather emergency; an agent counts only their own requests and calls (INF-05).</summary>
    public async Task<WeatherResource> CurrentAsync(Actor? viewer = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cycle = await WeatherCycle.LoadAsync(db, cancellationToken);
        var e = policy.Emergency;
        if (cycle is null)
        {
            return new WeatherResource(false, null, false, null, null, null, e.WeatherEstimateMinDays, e.WeatherEstimateMaxDays, 0, 0, null, RecoveryProgressResource.None);
        }

        var requests = WeatherRequests.Of(db, cycle, viewer);
        var done = await requests.CountAsync(r => r.DoneAt != null, cancellationToken);
        var open = await requests.CountAsync(cancellationToken) - done;
        var progress = await WeatherRecovery.ProgressAsync(db, cycle, recoveryPolicy, viewer is { ActsOnlyAsAgent: true } ? viewer.AgentCode ?? "" : null, cancellationToken);
        return new WeatherResource(
            cycle.Active, cycle.Phase is { } p ? WireNames.ToWire(p) : null, cycle.Drill, cycle.Active ? cycle.Since : null, cycle.Hub,
            cycle.Phase is { } phase ? WeatherModeHandler.Script(scripts, phase, cycle.Hub) : null,
            e.WeatherEstimateMinDays, e.WeatherEstimateMaxDays, open, done, cycle.RecoveryAt, progress);
    }

    /// <summary>Names the hub where parcels wait; logged and pushed as a change of the mode, which re-sends the phase's script.</summary>
    public async Task<OperationResult<WeatherResource>> SetHubAsync(WeatherHubRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("hub", request.Hub, 120);
        errors.Optional("reason", request.Reason, 500);
        if (errors.Any)
        {
            return OperationResult<WeatherResource>.Invalid(errors.ToDictionary());
        }

        var modes = await emergency.GetAllAsync(cancellationToken);
        var weather = modes.Single(m => m.Mode == WireNames.ToWire(EmergencyMode.Weather));
        if (!weather.Active)
        {
            return OperationResult<WeatherResource>.Conflict("The weather mode is not active.", new Dictionary<string, object?> { ["action"] = "hub" });
        }

        var hub = request.Hub!.Trim();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? $"包裹滞留枢纽:{hub}" : request.Reason.Trim();
        var result = await emergency.ActivateAsync(
            WireNames.ToWire(EmergencyMode.Weather), new EmergencyActivateRequest(reason, null, weather.Drill, hub), actor, cancellationToken);
        return result.Succeeded
            ? OperationResult<WeatherResource>.Ok(await CurrentAsync(actor, cancellationToken))
            : result.Failed<WeatherResource>();
    }

    /// <summary>The requests of the current or last weather emergency, newest first; an agent sees their own.</summary>
    public async Task<OperationResult<IReadOnlyList<WeatherRequestResource>>> ListRequestsAsync(
        string? status, Actor? viewer = null, CancellationToken cancellationToken = default)
    {
        status = status?.Trim().ToLowerInvariant() ?? "all";
        if (status is not ("open" or "done" or "all"))
        {
            return OperationResult<IReadOnlyList<WeatherRequestResource>>.Invalid("status", "status must be open, done or all.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WeatherCycle.LoadAsync(db, cancellationToken) is not { } cycle)
        {
            return OperationResult<IReadOnlyList<WeatherRequestResource>>.Ok([]);
        }

        var query = status switch
        {
            "open" => WeatherRequests.Of(db, cycle, viewer).Where(r => r.DoneAt == null),
            "done" => WeatherRequests.Of(db, cycle, viewer).Where(r => r.DoneAt != null),
            _ => WeatherRequests.Of(db, cycle, viewer),
        };
        var requests = await query.OrderByDescending(r => r.RecordedAt).Take(1000).ToListAsync(cancellationToken);
        return OperationResult<IReadOnlyList<WeatherRequestResource>>.Ok([.. requests.Select(WeatherRequests.ToResource)]);
    }

    /// <summary>
    /// Records a return or redirect request; in the recovery phase its customer is owed a callback at once. Without a
    /// recorder named, the actor is the recorder.
    /// </summary>
    public async Task<OperationResult<WeatherRequestResource>> RecordRequestAsync(
        WeatherRequestCreateRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("customerName", request.CustomerName, 100);
        errors.Required("customerPhone", request.CustomerPhone, 20);
        errors.Required("waybillNo", request.WaybillNo, 40);
        if (!string.IsNullOrWhiteSpace(request.WaybillNo) && !dataRules.IsValidWaybill(request.WaybillNo.Trim()))
        {
            errors.Add("waybillNo", $"waybillNo must match {dataRules.WaybillPattern}.");
        }

        WeatherRequestKind kind = default;
        if (!WireNames.TryParseWeatherRequestKind(request.Kind, out kind))
        {
            errors.Add("kind", $"Unsupported kind {ValidationErrors.Echo(request.Kind)}: use return or redirect.");
        }

        errors.Optional("newAddress", request.NewAddress, 300);
        errors.Optional("note", request.Note, 1000);
        // Named, it must be an agent (an integration's call). Unnamed, the signed-in user records it: nobody types
        // who they are; one without an agent code (a supervisor, a coordinator) records it under their login.
        var named = !string.IsNullOrWhiteSpace(request.RecordedBy);
        var recordedBy = named ? request.RecordedBy!.Trim() : actor.AgentCode ?? PersonalLogin(actor);
        var byLogin = !named && actor.AgentCode is null && recordedBy is not null;
        errors.Required("recordedBy", recordedBy, byLogin ? 64 : 20);
        if (errors.Any)
        {
            return OperationResult<WeatherRequestResource>.Invalid(errors.ToDictionary());
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            if (await WeatherCycle.LoadAsync(db, cancellationToken) is not { Active: true } cycle)
            {
                return OperationResult<WeatherRequestResource>.Conflict("The weather mode is not active.", new Dictionary<string, object?> { ["action"] = "request" });
            }

            if (!byLogin && !await db.Agents.AnyAsync(a => a.Code == recordedBy, cancellationToken))
            {
                return OperationResult<WeatherRequestResource>.Invalid("recordedBy", "Unknown agent code.");
            }

            WeatherRequest recorded;
            try
            {
                recorded = WeatherRequest.Record(
                    Guid.CreateVersion7(clock.Now), request.CustomerName!, request.CustomerPhone!, request.WaybillNo!, kind,
                    request.NewAddress, request.Note, recordedBy!, clock.Now, cycle.Drill);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<WeatherRequestResource>.Invalid(ex.ParamName ?? "customerPhone", ex.PlainMessage());
            }

            db.WeatherRequests.Add(recorded);
            if (cycle.InRecovery)
            {
                // A request recorded during recovery is an affected customer still to be called (EMG-01).
                write.AfterCommit(ct => recovery.SweepAsync(ct));
            }

            write.Publish(EmergencyNotices.Change(EmergencyMode.Weather, EmergencyNotices.WeatherRequest, null, "EMG-01", clock.Now, recorded.IsDrill, recorded.Id));
            return OperationResult<WeatherRequestResource>.Created(WeatherRequests.ToResource(recorded));
        }, cancellationToken);
    }

    /// <summary>The return or redirect has been arranged with the hub.</summary>
    public async Task<OperationResult<WeatherRequestResource>> CompleteRequestAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        return await writes.RunAsync(async write =>
        {
            var request = await write.Db.WeatherRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (request is null || (actor.ActsOnlyAsAgent && request.RecordedBy != actor.AgentCode))
            {
                return OperationResult<WeatherRequestResource>.NotFound($"No weather request with id {id}.");
            }

            if (request.IsDone)
            {
                return OperationResult<WeatherRequestResource>.Conflict(
                    "The request has already been handled.", new Dictionary<string, object?> { ["doneAt"] = request.DoneAt, ["action"] = "complete" });
            }

            request.Complete(actor.AgentCode ?? actor.Name, clock.Now);
            write.Publish(EmergencyNotices.Change(EmergencyMode.Weather, EmergencyNotices.WeatherRequest, null, "EMG-01", clock.Now, request.IsDrill, request.Id));
            return OperationResult<WeatherRequestResource>.Ok(WeatherRequests.ToResource(request));
        }, cancellationToken);
    }

    /// <summary>The login of a signed-in person; none for the console itself or an integration, which must name the agent.</summary>
    private static string? PersonalLogin(Actor actor) => StaffDirectory.KindOf(actor.Name) == StaffKind.Person ? actor.Name : null;
}
