using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Features.Callbacks;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>
/// The complaint after registration: verify, propose, decline, accept, callback (CMP-04, CMP-08…10).
/// The aggregate guards every transition; a refused one is a 409 naming the current status.
/// </summary>
public sealed class ComplaintLifecycleService(
    IngestClock clock,
    ComplaintDeadlines deadlines,
    PenaltyPolicy penalties,
    WritePath writes,
    IStaffDirectory staff,
    IAuditTrail audit,
    ComplaintClockService clocks,
    ServiceConsole.Web.Features.Emergency.Mass.MassIncidentService incidents,
    ServiceConsole.Web.Features.Points.AttitudeComplaints attitude)
{
    /// <summary>
    /// CMP-04 with CMP-11/12 accountability. Once the verification has committed (never inside its write), SVC-11 looks
    /// whether it completes a run of attitude complaints against the agent it holds accountable.
    /// </summary>
    public async Task<OperationResult<ComplaintResource>> VerifyAsync(Guid id, ComplaintVerifyRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var verified = await VerifyCoreAsync(id, request, actor, cancellationToken);
        if (verified.Succeeded)
        {
            await attitude.ComplaintVerifiedAsync(id, actor, CancellationToken.None);
        }

        return verified;
    }

    private Task<OperationResult<ComplaintResource>> VerifyCoreAsync(Guid id, ComplaintVerifyRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("findings", request.Findings, 2000);
        var fault = FaultParty.None;
        if (!string.IsNullOrWhiteSpace(request.FaultParty) && !WireNames.TryParseFaultParty(request.FaultParty, out fault))
        {
            errors.Add("faultParty", $"Unsupported faultParty {ValidationErrors.Echo(request.FaultParty)}: use courier, agent, customer or none.");
        }

        errors.Optional("accountable", request.Accountable, 100);
        var at = clock.Resolve("at", request.At, errors);
        return ApplyAsync(
            id, errors, actor, c => c.Verify(request.Findings!.Trim(), fault, penalties, request.Accountable, actor.Name, at), cancellationToken);
    }

    public Task<OperationResult<ComplaintResource>> ProposeAsync(Guid id, ComplaintProposeRequest request, Actor actor, CancellationToken cancellationToken = default)
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
        var at = clock.Resolve("at", request.At, errors);
        return ApplyAsync(id, errors, actor, c => c.Propose(kind, request.Amount!.Value, request.Note, actor.Name, at), cancellationToken);
    }

    public Task<OperationResult<ComplaintResource>> DeclineAsync(Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Optional("note", request.Note, 2000);
        var at = clock.Resolve("at", request.At, errors);
        return ApplyAsync(id, errors, actor, c => c.Decline(request.Note, actor.Name, at), cancellationToken);
    }

    public Task<OperationResult<ComplaintResource>> AcceptAsync(Guid id, ComplaintNoteRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var at = clock.Resolve("at", request.At, errors);
        return ApplyAsync(id, errors, actor, c => c.Accept(deadlines, actor.Name, at), cancellationToken);
    }

    public Task<OperationResult<ComplaintResource>> CallbackAsync(Guid id, ComplaintCallbackRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (request.Satisfied is null)
        {
            errors.Add("satisfied", "satisfied is required: did the customer accept the outcome?");
        }

        if (request.Satisfaction is < 1 or > 5)
        {
            errors.Add("satisfaction", "satisfaction must be between 1 and 5.");
        }

        errors.Optional("note", request.Note, 2000);
        var at = clock.Resolve("at", request.At, errors);
        return ApplyAsync(id, errors, actor, c => c.RecordCallback(request.Satisfied!.Value, request.Satisfaction, request.Note, deadlines, actor.Name, at), cancellationToken);
    }

    /// <summary>CMP-04: a piece of the verification's evidence (the courier, the outlet head, the logistics records, the video).</summary>
    public Task<OperationResult<ComplaintResource>> RecordEvidenceAsync(Guid id, ComplaintEvidenceRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var kind = EvidenceKind.Courier;
        if (string.IsNullOrWhiteSpace(request.Kind) || !WireNames.TryParseEvidenceKind(request.Kind, out kind))
        {
            errors.Add("kind", "kind is required: courier, outlet-head, logistics-records or video.");
        }

        errors.Optional("note", request.Note, 1000);
        var at = clock.Resolve("at", request.At, errors);
        return ApplyAsync(id, errors, actor, c => c.RecordEvidence(kind, request.Note, actor.Name, at), cancellationToken);
    }

    private Task<OperationResult<ComplaintResource>> ApplyAsync(
        Guid id, ValidationErrors errors, Actor actor, Action<Complaint> transition, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            return Task.FromResult(OperationResult<ComplaintResource>.Invalid(errors.ToDictionary()));
        }

        // Read, transition and save under the gate, so two callers cannot both act on the same old state.
        return writes.RunAsync(async write =>
        {
            var db = write.Db;
            var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (complaint is null || (actor.ActsOnlyAsAgent && complaint.Assignee != actor.AgentCode))
            {
                return OperationResult<ComplaintResource>.NotFound($"No complaint with id {id}.");
            }

            try
            {
                transition(complaint);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<ComplaintResource>.Invalid(ex.ParamName ?? "body", ex.PlainMessage());
            }

            var tasks = await ComplaintCallbackTasks.SyncAsync(db, complaint, cancellationToken);
            var raised = await ComplaintClockService.AddBreachAlertsAsync(db, complaint, cancellationToken);
            var resource = complaint.ToResource(staff);
            write.Publish(new ComplaintChanged(resource));
            foreach (var task in tasks)
            {
                write.Publish(new TaskAssigned(task.ToResource()));
            }

            ComplaintClockService.PublishAll(write, raised, []);
            var step = complaint.History.MaxBy(h => h.At);
            write.AfterCommit(ct => audit.RecordAsync(
                new AuditEvent(actor.Name, AuditActions.Decision, $"complaint:{id}", Detail: $"{step?.Action} → {WireNames.ToWire(complaint.Status)}"), ct));
            write.AfterCommit(async _ =>
            {
                await clocks.ScheduleAsync(complaint, CancellationToken.None);

                // The incident takes the gate itself to recount its progress (EMG-04).
                if (complaint.IncidentId is { } incident)
                {
                    await incidents.RefreshAsync(incident, CancellationToken.None);
                }
            });
            return OperationResult<ComplaintResource>.Ok(resource);
        }, cancellationToken);
    }
}
