using Microsoft.EntityFrameworkCore;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Auth;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Contacts;
using ServiceConsole.Web.Features.Emergency.Modes;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>Complaint registration and queries (CMP-01…04); the lifecycle after registration follows the domain aggregate.</summary>
public sealed class ComplaintService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    ComplaintClassifier classifier,
    ComplaintDeadlines deadlines,
    CustomerDataRulesProvider dataRules,
    EmergencyService emergency,
    ComplaintClockService clocks,
    ServiceConsole.Web.Features.Emergency.Mass.MassIncidentService incidents,
    IdNumberProtector idNumbers,
    LateEntryPolicy lateEntry,
    WritePath writes,
    IStaffDirectory staff,
    IAuditTrail audit,
    ILogger<ComplaintService> logger)
{
    public async Task<OperationResult<ComplaintResource>> CreateAsync(
        ComplaintCreateRequest request, Actor actor, CancellationToken cancellationToken = default, bool isDrill = false)
    {
        var errors = new ValidationErrors();
        errors.Required("externalId", request.ExternalId, 100);
        var channel = ContactService.ParseChannel(request.Channel, errors);
        errors.Required("customerName", request.CustomerName, 100);
        if (!CustomerDataRules.IsValidPhone(request.CustomerPhone))
        {
            errors.Add("customerPhone", "customerPhone must be a mainland mobile (11 digits starting with 1) or a landline with area code.");
        }

        if (string.IsNullOrWhiteSpace(request.WaybillNo))
        {
            errors.Add("waybillNo", "waybillNo is required for a complaint.");
        }
        else if (!dataRules.IsValidWaybill(request.WaybillNo))
        {
            errors.Add("waybillNo", $"waybillNo must match {dataRules.WaybillPattern}.");
        }

        errors.Required("outletCode", request.OutletCode, 40);
        ComplaintCategory category = default;
        if (string.IsNullOrWhiteSpace(request.Category))
        {
            errors.Add("category", "category is required: delay, damage, loss, attitude, unclear-answer or other.");
        }
        else if (!WireNames.TryParseComplaintCategory(request.Category, out category))
        {
            errors.Add("category", $"Unsupported category {ValidationErrors.Echo(request.Category)}: use delay, damage, loss, attitude, unclear-answer or other.");
        }

        errors.Count("delayDays", request.DelayDays, 365);
        errors.Money("itemValue", request.ItemValue);
        errors.Money("insuredValue", request.InsuredValue);
        errors.Money("shippingFee", request.ShippingFee);
        errors.Required("demand", request.Demand, 500);
        errors.Optional("issueKey", request.IssueKey, 120);
        var idNumber = IdNumberProtector.Validate(request.IdNumber, errors);

        var receivedAt = clock.Resolve("receivedAt", request.ReceivedAt, errors);
        if (errors.Any)
        {
            return OperationResult<ComplaintResource>.Invalid(errors.ToDictionary());
        }

        var fingerprint = RequestFingerprint.Without(request, IdNumberProtector.Field);
        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var existing = await FindExistingAsync(db, request.ExternalId!, fingerprint, actor, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            // CMP-03: a second open complaint on the same waybill is a repeated, unresolved complaint.
            var repeated = await db.Complaints.AnyAsync(
                c => c.WaybillNo == request.WaybillNo && c.Status != ComplaintStatus.Closed && c.IsDrill == isDrill, cancellationToken);
            var severity = classifier.Classify(new ComplaintFacts(
                category, request.DelayDays, request.PackagingOnly ?? false, request.ItemValue, repeated));
            var complaint = Complaint.Register(
                new ComplaintRegistration(
                    Guid.CreateVersion7(clock.Now), request.ExternalId!, channel!.Value, request.CustomerName!.Trim(), request.CustomerPhone!,
                    request.WaybillNo!, request.OutletCode!.Trim(), category, request.DelayDays, request.PackagingOnly ?? false,
                    request.ItemValue, request.Insured ?? false, request.InsuredValue, request.ShippingFee, request.Demand!.Trim(),
                    string.IsNullOrWhiteSpace(request.IssueKey) ? null : request.IssueKey.Trim(), receivedAt, isDrill),
                severity, deadlines, actor.Name, clock.Now);
            if (idNumber is not null)
            {
                var (protectedValue, expiresAt) = idNumbers.Protect(idNumber);
                complaint.KeepIdNumberCopy(idNumber, protectedValue, expiresAt);
            }

            // INF-03: registered more than the entry window after the complaint was received, it is a late entry.
            if (lateEntry.IsLate(complaint.ReceivedAt, complaint.RegisteredAt))
            {
                complaint.FlagLateEntry();
            }

            // Owned from the moment it is registered: a major complaint goes to a specialist at once (CMP-04); a general one
            // stays with the agent who registered it, and one from outside is routed to an agent of its channel.
            var assignee = (severity == Severity.Major ? await LeastBusySpecialistAsync(db, cancellationToken) : null)
                ?? actor.AgentCode
                ?? await RoutingService.ChooseComplaintOwnerAsync(db, complaint.Channel, cancellationToken);
            if (assignee is not null)
            {
                complaint.AssignTo(assignee, actor.Name, clock.Now);
            }

            db.Complaints.Add(complaint);
            db.Entry(complaint).Property(ConsoleDbContext.RequestHash).CurrentValue = fingerprint;
            var raised = await ComplaintClockService.AddBreachAlertsAsync(db, complaint, cancellationToken);
            complaint.RecordOrigin(
                await ContactService.TouchCustomerAsync(db, complaint.CustomerName, complaint.CustomerPhone, receivedAt, isDrill, cancellationToken),
                actor.Name);
            try
            {
                await write.SaveAsync();
            }
            catch (DbUpdateException ex) when (StoreErrors.IsDuplicateExternalId(ex))
            {
                logger.LogInformation(ex, "Complaint {ExternalId} was stored concurrently", request.ExternalId);
                db.ChangeTracker.Clear();
                return await FindExistingAsync(db, request.ExternalId!, fingerprint, actor, cancellationToken)
                    ?? throw new InvalidOperationException("Saving the complaint failed.", ex);
            }

            var resource = complaint.ToResource(staff);
            write.Publish(new ComplaintChanged(resource));
            ComplaintClockService.PublishAll(write, raised, []);
            write.AfterCommit(async _ =>
            {
                await clocks.ScheduleAsync(complaint, CancellationToken.None);
                try
                {
                    // The complaint is stored: neither a failure here nor a caller hanging up may turn its 201 into an error.
                    await emergency.EvaluateMassComplaintAsync(complaint.IssueKey, complaint.ReceivedAt, isDrill, CancellationToken.None);
                    await incidents.LinkIfOpenAsync(complaint.Id, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "The mass-complaint check failed after complaint {ComplaintId} was stored", complaint.Id);
                }
            });
            return OperationResult<ComplaintResource>.Created(resource);
        }, cancellationToken);
    }

    /// <summary>One complaint; an agent sees only the complaints assigned to them (INF-05).</summary>
    public async Task<ComplaintResource?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return complaint is null || (actor.ActsOnlyAsAgent && complaint.Assignee != actor.AgentCode) ? null : complaint.ToResource(staff);
    }

    public async Task<OperationResult<ComplaintPage>> ListAsync(
        string? status, string? issueKey, string? page, string? pageSize, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        status = status?.Trim().ToLowerInvariant();
        var onlyOpen = status is null or "open";
        if (status is not (null or "open" or "all"))
        {
            errors.Add("status", "status must be open or all.");
        }

        var pageNumber = ParseBounded("page", page, 1, 1, 1_000_000, errors);
        var size = ParseBounded("pageSize", pageSize, 50, 1, 500, errors);
        errors.Optional("issueKey", issueKey, 120);
        if (errors.Any)
        {
            return OperationResult<ComplaintPage>.Invalid(errors.ToDictionary());
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Complaints.AsNoTracking().Where(c => !c.IsDrill);
        if (actor.ActsOnlyAsAgent)
        {
            query = query.Where(c => c.Assignee == actor.AgentCode);
        }

        if (onlyOpen)
        {
            query = query.Where(c => c.Status != ComplaintStatus.Closed);
        }

        if (!string.IsNullOrEmpty(issueKey))
        {
            query = query.Where(c => c.IssueKey == issueKey);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(c => c.ReceivedAt)
            .ThenByDescending(c => c.Id)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return OperationResult<ComplaintPage>.Ok(new ComplaintPage([.. items.Select(c => c.ToResource(staff))], total));
    }

    private static int ParseBounded(string field, string? value, int fallback, int min, int max, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            || parsed < min || parsed > max)
        {
            errors.Add(field, $"{field} must be a whole number from {min} to {max}.");
            return fallback;
        }

        return parsed;
    }

    /// <summary>
    /// A supervisor gives the complaint to another owner: an agent, or a complaint specialist; a major complaint only to a
    /// specialist (CMP-04). The open follow-up call moves with it, and both owners see the change.
    /// </summary>
    public async Task<OperationResult<ComplaintResource>> AssignAsync(Guid id, string? assignee, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        errors.Required("assignee", assignee, 100);
        if (errors.Any)
        {
            return OperationResult<ComplaintResource>.Invalid(errors.ToDictionary());
        }

        if (actor.ActsOnlyAsAgent)
        {
            return OperationResult<ComplaintResource>.Forbidden("Only a supervisor gives a complaint to another owner.");
        }

        var target = assignee!.Trim();
        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (complaint is null)
            {
                return OperationResult<ComplaintResource>.NotFound($"No complaint with id {id}.");
            }

            var isSpecialist = (await SpecialistsAsync(db, cancellationToken)).Contains(target);
            if (!isSpecialist && !await db.Agents.AnyAsync(a => a.Code == target, cancellationToken))
            {
                return OperationResult<ComplaintResource>.Invalid("assignee", "assignee must be an agent code or a complaint specialist's login.");
            }

            if (complaint.Severity == Severity.Major && !isSpecialist)
            {
                return OperationResult<ComplaintResource>.Invalid("assignee", "A major complaint is handled by a complaint specialist (CMP-04).");
            }

            var previous = complaint.Assignee;
            if (previous == target)
            {
                return OperationResult<ComplaintResource>.Ok(complaint.ToResource(staff));
            }

            complaint.AssignTo(target, actor.Name, clock.Now);
            var owed = await db.Callbacks.Where(t => t.ComplaintId == id && t.DoneAt == null).ToListAsync(cancellationToken);
            foreach (var task in owed)
            {
                task.HandOver(target);
                write.Publish(new TaskAssigned(task.ToResource()));
            }

            var resource = complaint.ToResource(staff);
            write.Publish(new ComplaintChanged(resource, previous));
            write.AfterCommit(ct => audit.RecordAsync(
                new AuditEvent(actor.Name, AuditActions.Assignment, $"complaint:{id}", Detail: $"{previous ?? "-"} → {target}"), ct));
            return OperationResult<ComplaintResource>.Ok(resource);
        }, cancellationToken);
    }

    private static Task<List<string>> SpecialistsAsync(ConsoleDbContext db, CancellationToken cancellationToken) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == Roles.ComplaintSpecialist
         select user.UserName!).ToListAsync(cancellationToken);

    /// <summary>
    /// Gives every open complaint without an owner one, as registration would now (a major one to the least-busy
    /// specialist, any other to an agent of its channel): complaints stored before ownership existed, or registered
    /// while the centre had nobody to give them to. Run at start-up; returns how many were given an owner.
    /// </summary>
    public Task<int> AdoptUnownedAsync(CancellationToken cancellationToken = default) =>
        writes.ApplyAsync(async write =>
        {
            var db = write.Db;
            var unowned = await db.Complaints
                .Where(c => c.Assignee == null && c.Status != ComplaintStatus.Closed)
                .OrderBy(c => c.ReceivedAt)
                .ToListAsync(cancellationToken);
            var adopted = new List<Complaint>();
            foreach (var complaint in unowned)
            {
                var owner = (complaint.Severity == Severity.Major ? await LeastBusySpecialistAsync(db, cancellationToken) : null)
                    ?? await RoutingService.ChooseComplaintOwnerAsync(db, complaint.Channel, cancellationToken);
                if (owner is null)
                {
                    continue;
                }

                complaint.AssignTo(owner, Actor.System.Name, clock.Now);
                await write.SaveAsync(); // the next choice counts this one
                adopted.Add(complaint);
            }

            foreach (var complaint in adopted)
            {
                write.Publish(new ComplaintChanged(complaint.ToResource(staff)));
            }

            return adopted.Count;
        }, cancellationToken);

    private static async Task<string?> LeastBusySpecialistAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var specialists = await SpecialistsAsync(db, cancellationToken);
        if (specialists.Count == 0)
        {
            return null;
        }

        var load = await db.Complaints
            .Where(c => c.Assignee != null && specialists.Contains(c.Assignee) && c.Status != ComplaintStatus.Closed)
            .GroupBy(c => c.Assignee!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return specialists.OrderBy(s => load.GetValueOrDefault(s)).ThenBy(s => s, StringComparer.Ordinal).First();
    }

    private Task<OperationResult<ComplaintResource>?> FindExistingAsync(
        ConsoleDbContext db, string externalId, string fingerprint, Actor actor, CancellationToken cancellationToken) =>
        IdempotentIngest.FindExistingAsync(
            db.Complaints, externalId, fingerprint, c => c.ToResource(staff), "complaint",
            c => !actor.ActsOnlyAsAgent || c.Assignee == actor.AgentCode, cancellationToken);
}
