using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Alerts;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Alerts;
using ServiceConsole.Web.Features.Complaints;
using ServiceConsole.Web.Scheduling;

namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>The coordinator's steps on an open incident, and its clocks.</summary>
public sealed partial class MassIncidentService
{
    public Task<OperationResult<MassIncidentResource>> FormTeamAsync(
        Guid id, string? agentCode, string? specialistCode, string? outletHead, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("agentCode", agentCode, 50);
        errors.Required("specialistCode", specialistCode, 50);
        errors.Required("outletHead", outletHead, 50);
        return ApplyAsync(id, errors, (incident, _, _) =>
        {
            incident.FormTeam(new EmergencyTeam(agentCode!.Trim(), specialistCode!.Trim(), outletHead!.Trim()), actor.Name, clock.Now);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>EMG-04: the handling plan, due within 2 h of the incident opening.</summary>
    public Task<OperationResult<MassIncidentResource>> PublishPlanAsync(Guid id, string? text, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("plan", text, 4000);
        return ApplyAsync(id, errors, (incident, _, _) =>
        {
            incident.PublishPlan(text!, actor.Name, clock.Now);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>EMG-04: the complainant was told by phone or SMS.</summary>
    public Task<OperationResult<MassIncidentResource>> NotifyAsync(
        Guid id, Guid complaintId, string? channel, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (!WireNames.TryParseNotificationChannel(channel, out var parsed))
        {
            errors.Add("channel", "channel is required: phone or sms.");
        }

        return ApplyAsync(id, errors, (incident, _, _) =>
        {
            incident.CompleteNotification(complaintId, parsed, actor.Name, clock.Now);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// EMG-04: one action proposes the same solution on every linked complaint (verifying first with the
    /// common findings where given); complaints it cannot reach yet are reported, not forced.
    /// </summary>
    public async Task<OperationResult<MassIncidentResource>> ApplySolutionAsync(
        Guid id, MassSolutionRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var kind = CompensationKind.Coupon;
        if (string.IsNullOrWhiteSpace(request.Kind) || !WireNames.TryParseCompensationKind(request.Kind, out kind))
        {
            errors.Add("kind", "kind is required: coupon, repair or cash.");
        }

        if (request.Amount is null)
        {
            errors.Add("amount", "amount is required.");
        }

        errors.Money("amount", request.Amount);
        errors.Optional("note", request.Note, 2000);
        errors.Optional("findings", request.Findings, 2000);
        FaultParty? fault = null;
        if (!string.IsNullOrWhiteSpace(request.FaultParty))
        {
            if (WireNames.TryParseFaultParty(request.FaultParty, out var parsedFault))
            {
                fault = parsedFault;
            }
            else
            {
                errors.Add("faultParty", $"Unsupported faultParty {ValidationErrors.Echo(request.FaultParty)}: use courier, agent, customer or none.");
            }
        }

        return await ApplyAsync(id, errors, async (incident, write, ct) =>
        {
            if (incident.Solution is null || incident.PendingSolution.Count == incident.TotalCount)
            {
                incident.DecideSolution(new MassSolution(kind, request.Amount!.Value, request.Note, request.Findings, fault), actor.Name, clock.Now);
            }

            var linked = incident.Links.Select(l => l.ComplaintId).ToList();
            var complaints = await write.Db.Complaints.Where(c => linked.Contains(c.Id)).ToListAsync(ct);
            var applied = MassSolutionApplier.Apply(incident, complaints, actor.Name, clock.Now);
            foreach (var complaint in complaints.Where(c => applied.Applied.Contains(c.Id)))
            {
                write.Publish(new ComplaintChanged(complaint.ToResource(staff)));
                write.AfterCommit(_ => complaintClocks.ScheduleAsync(complaint, CancellationToken.None));
            }
        }, cancellationToken);
    }

    /// <summary>Recounts the resolved complaints and judges both clocks; called when a linked complaint changes and by the clock job.</summary>
    public Task RefreshAsync(Guid id, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var incident = await db.MassIncidents.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (incident is null)
            {
                return false;
            }

            var before = incident.Breaches.Count;
            var states = await StatesAsync(db, incident, cancellationToken);
            incident.UpdateProgress(states, clock.Now);
            foreach (var breach in incident.Breaches.Skip(before))
            {
                var alert = ClockAlert.Raise(ClockAlertKind.Breach, breach.RuleId, breach.Clock, ClockSubject.Incident, incident.Id,
                    incident.TeamAgentCode, incident.IssueTitle, breach.DueAt, breach.RecordedAt, incident.IsDrill);
                if (await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
                {
                    write.Publish(ClockAlertService.Change(alert));
                }
            }

            await PublishAsync(write, incident);
            return true;
        }, cancellationToken);

    /// <summary>The warning before a clock of the incident, if that clock is still running toward the same deadline.</summary>
    public Task WarnAsync(Guid id, string? clockName, DateTimeOffset? dueAt, CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var incident = await db.MassIncidents.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            var running = incident?.Clocks.FirstOrDefault(c => c.Name == clockName && c.DueAt == dueAt && c.MetAt is null && !c.Breached);
            if (incident is null || incident.IsClosed || running is null || !warnings.StillWorthWarning(running.DueAt, clock.Now))
            {
                return false;
            }

            var alert = ClockAlert.Raise(ClockAlertKind.Warning, running.RuleId, running.Name, ClockSubject.Incident, incident.Id,
                incident.TeamAgentCode, incident.IssueTitle, running.DueAt, clock.Now, incident.IsDrill);
            if (!await ClockAlertService.AddIfNewAsync(db, alert, cancellationToken))
            {
                return false;
            }

            write.Publish(ClockAlertService.Change(alert));
            return true;
        }, cancellationToken);

    private async Task ScheduleAsync(MassIncident incident, CancellationToken cancellationToken)
    {
        var fires = ClockScheduler.FiresFor(
            incident.Clocks.Where(c => c.MetAt is null && !c.Breached).Select(c => (c.Name, c.DueAt)), warnings, clock.Now);

        try
        {
            await scheduler.ScheduleAsync<MassIncidentClockJob>(Group, incident.Id, fires, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not schedule the clocks of mass complaint {IncidentId}", incident.Id);
        }
    }

    private async Task<OperationResult<MassIncidentResource>> ApplyAsync(
        Guid id, ValidationErrors errors, Func<MassIncident, WriteScope, CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            return OperationResult<MassIncidentResource>.Invalid(errors.ToDictionary());
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var incident = await db.MassIncidents.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (incident is null)
            {
                return OperationResult<MassIncidentResource>.NotFound($"No mass complaint with id {id}.");
            }

            if (incident.IsClosed)
            {
                return OperationResult<MassIncidentResource>.Conflict("The mass complaint is closed.", new Dictionary<string, object?> { ["closedAt"] = incident.ClosedAt });
            }

            try
            {
                await step(incident, write, cancellationToken);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<MassIncidentResource>.Invalid(ex.ParamName ?? "body", ex.PlainMessage());
            }

            // The linked complaints' own changes are saved first, so the progress counts them.
            await write.SaveAsync();
            incident.UpdateProgress(await StatesAsync(db, incident, cancellationToken), clock.Now);
            return OperationResult<MassIncidentResource>.Ok(await PublishAsync(write, incident));
        }, cancellationToken);
    }

    private static async Task<List<LinkedComplaintState>> StatesAsync(ConsoleDbContext db, MassIncident incident, CancellationToken cancellationToken)
    {
        var ids = incident.Links.Select(l => l.ComplaintId).ToList();
        return await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new LinkedComplaintState(c.Id, c.Status, c.ResolvedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Saves the incident's changes so far and publishes it as it now stands, with its linked complaints.</summary>
    private static async Task<MassIncidentResource> PublishAsync(WriteScope write, MassIncident incident)
    {
        await write.SaveAsync();
        var resource = await ResourceAsync(write.Db, incident, write.CancellationToken);
        write.Publish(new IncidentChanged(resource));
        return resource;
    }

    private static async Task<MassIncidentResource> ResourceAsync(ConsoleDbContext db, MassIncident incident, CancellationToken cancellationToken)
    {
        var ids = incident.Links.Select(l => l.ComplaintId).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.WaybillNo, c.Status, c.Assignee })
            .ToDictionaryAsync(c => c.Id, c => (c.WaybillNo, c.Status, c.Assignee), cancellationToken);
        return incident.ToResource(complaints);
    }
}
