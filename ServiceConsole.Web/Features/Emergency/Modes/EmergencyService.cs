using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Components;
using ServiceConsole.Web.Configuration;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>The three emergency modes, their log (EMG-07) and the automatic mass-complaint switch (EMG-03).</summary>
public sealed class EmergencyService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    CentreTimeZone centre,
    MassComplaintDetector detector,
    Microsoft.Extensions.Options.IOptions<PolicyOptions> policy,
    WritePath writes,
    IAuditTrail audit,
    IServiceProvider services,
    ILogger<EmergencyService> logger)
{
    public async Task<IReadOnlyList<EmergencyModeResource>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.EmergencyModes.AsNoTracking().ToDictionaryAsync(m => m.Mode, cancellationToken);
        return
        [
            .. Enum.GetValues<EmergencyMode>().Select(mode => (stored.GetValueOrDefault(mode) ?? EmergencyModeState.Inactive(mode)).ToResource()),
        ];
    }

    public async Task<OperationResult<EmergencyModeResource>> ActivateAsync(
        string mode, EmergencyActivateRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var parsedMode = ParseMode(mode, errors);
        errors.Required("reason", request.Reason, 500);
        errors.Optional("issueKey", request.IssueKey, 120);
        EmergencyPhase? phase = null;
        if (!string.IsNullOrWhiteSpace(request.Phase))
        {
            if (WireNames.TryParseEmergencyPhase(request.Phase, out var parsedPhase))
            {
                phase = parsedPhase;
            }
            else
            {
                errors.Add("phase", $"Unsupported phase {ValidationErrors.Echo(request.Phase)}: use warning, response or recovery.");
            }
        }

        if (errors.Any)
        {
            return OperationResult<EmergencyModeResource>.Invalid(errors.ToDictionary());
        }

        return await ChangeAsync(parsedMode!.Value, state => state.Activate(
            request.Reason!.Trim(), phase, request.Drill ?? false, request.IssueKey, actor.Name, clock.Now), cancellationToken, actor: actor);
    }

    public async Task<OperationResult<EmergencyModeResource>> DeactivateAsync(
        string mode, EmergencyDeactivateRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var parsedMode = ParseMode(mode, errors);
        errors.Required("reason", request.Reason, 500);
        if (errors.Any)
        {
            return OperationResult<EmergencyModeResource>.Invalid(errors.ToDictionary());
        }

        return await ChangeAsync(parsedMode!.Value, state => state.Deactivate(request.Reason!.Trim(), actor.Name, clock.Now), cancellationToken, actor: actor);
    }

    /// <summary>
    /// EMG-03: looks at the complaints of one issue around the new one's own receivedAt (not arrival order)
    /// and switches mass-complaint mode on when a one-hour window holds more than the threshold. After a
    /// coordinator switched the mode off, only complaints received since then count; a real spike ends a drill.
    /// </summary>
    public async Task EvaluateMassComplaintAsync(string issueKey, DateTimeOffset receivedAt, bool isDrill, CancellationToken cancellationToken = default)
    {
        var window = TimeSpan.FromMinutes(policy.Value.Emergency.MassComplaintWindowMinutes);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.EmergencyModes.AsNoTracking().FirstOrDefaultAsync(m => m.Mode == EmergencyMode.MassComplaint, cancellationToken);
        if (state is { Active: true } && (state.Drill == isDrill || isDrill) && state.IssueKey == issueKey)
        {
            return;
        }

        var from = receivedAt - window;
        var to = receivedAt + window;
        // After a coordinator switched this issue's incident off, only complaints received since then count.
        var switchedOff = await db.EmergencyLog.AsNoTracking()
            .Where(e => e.Mode == EmergencyMode.MassComplaint && e.Action == EmergencyLogEntry.DeactivateAction && e.IssueKey == issueKey && e.Drill == isDrill)
            .OrderByDescending(e => e.At)
            .Select(e => (DateTimeOffset?)e.At)
            .FirstOrDefaultAsync(cancellationToken);
        if (switchedOff > from)
        {
            from = switchedOff.Value;
        }

        var times = await db.Complaints.AsNoTracking()
            .Where(c => c.IssueKey == issueKey && c.IsDrill == isDrill && c.ReceivedAt >= from && c.ReceivedAt <= to)
            .Select(c => c.ReceivedAt)
            .ToListAsync(cancellationToken);
        if (detector.Detect(times) is not { } spike)
        {
            return;
        }

        if (state is { Active: true } && (state.Drill == isDrill || isDrill))
        {
            // One incident at a time: a second issue's spike is reported for the coordinator, not switched.
            logger.LogWarning(
                "Mass-complaint spike on {IssueKey} ({Count} complaints within {Window}) while the mode is on for {ActiveIssue}",
                issueKey, spike.Count, window, state.IssueKey);
            return;
        }

        if (state is { Active: true, Drill: true })
        {
            await ChangeAsync(EmergencyMode.MassComplaint, s => s.Deactivate("演练中止:检测到真实的群体投诉", Actor.System.Name, clock.Now), cancellationToken);
        }

        // Stored and shown as written, so in the centre's zone like every time on screen, with its offset said.
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"自动触发:问题 {issueKey} 在 {centre.ToLocal(spike.From):yyyy-MM-dd HH:mm}–{centre.ToLocal(spike.To):HH:mm} ({ViewerTime.OffsetOf(centre.Zone, spike.From)}) 内收到 {spike.Count} 起投诉");
        var result = await ChangeAsync(
            EmergencyMode.MassComplaint,
            s => s.Activate(reason, null, isDrill, issueKey, Actor.System.Name, clock.Now),
            cancellationToken,
            onlyIfInactive: true);
        if (result.Succeeded)
        {
            logger.LogWarning("Mass-complaint mode switched on by itself for {IssueKey}: {Count} complaints within {Window}", issueKey, spike.Count, window);
        }
    }

    /// <summary>
    /// Stores the switch and its log entry (EMG-07), pushes it to every screen, then runs the mode's handlers
    /// (outage, weather, mass complaint) once the switch is committed: they write under the gate themselves.
    /// </summary>
    private Task<OperationResult<EmergencyModeResource>> ChangeAsync(
        EmergencyMode mode,
        Func<EmergencyModeState, EmergencyLogEntry> change,
        CancellationToken cancellationToken,
        bool onlyIfInactive = false,
        Actor? actor = null) =>
        writes.RunAsync(async write =>
        {
            var db = write.Db;
            var state = await db.EmergencyModes.FirstOrDefaultAsync(m => m.Mode == mode, cancellationToken);
            if (state is null)
            {
                state = EmergencyModeState.Inactive(mode);
                db.EmergencyModes.Add(state);
            }

            if (onlyIfInactive && state.Active)
            {
                return OperationResult<EmergencyModeResource>.Ok(state.ToResource());
            }

            EmergencyLogEntry entry;
            try
            {
                entry = change(state);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<EmergencyModeResource>.Invalid(ex.ParamName ?? "reason", ex.PlainMessage());
            }

            db.EmergencyLog.Add(entry);
            var resource = state.ToResource();
            write.Publish(new EmergencyChanged(resource));
            write.AfterCommit(_ => RunHandlersAsync(entry, actor ?? Actor.System));
            write.AfterCommit(ct => audit.RecordAsync(
                new AuditEvent(
                    entry.Actor, AuditActions.ModeSwitch, $"mode:{WireNames.ToWire(entry.Mode)}",
                    Detail: $"{entry.Action}{(entry.Phase is { } phase ? $":{phase}" : "")}{(entry.Drill ? " (drill)" : "")} {entry.Reason}".Trim()),
                ct));
            return OperationResult<EmergencyModeResource>.Ok(resource);
        }, cancellationToken);

    private async Task RunHandlersAsync(EmergencyLogEntry entry, Actor actor)
    {
        // Resolved per change: the handlers use this service themselves, so they cannot be constructor-injected.
        foreach (var handler in services.GetServices<IEmergencyModeHandler>().Where(h => h.Mode == entry.Mode))
        {
            try
            {
                await handler.OnChangedAsync(entry, actor, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handling the {Action} of {Mode} mode failed", entry.Action, entry.Mode);
            }
        }
    }

    private static EmergencyMode? ParseMode(string mode, ValidationErrors errors)
    {
        if (WireNames.TryParseEmergencyMode(mode, out var parsed))
        {
            return parsed;
        }

        errors.Add("mode", $"Unsupported mode {ValidationErrors.Echo(mode)}: use weather, outage or mass-complaint.");
        return null;
    }
}
