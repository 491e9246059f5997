using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ServiceConsole.Domain;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;
using ServiceConsole.Web.Data.Entities;
using ServiceConsole.Web.Features.Telemetry;

namespace ServiceConsole.Web.Features.Contacts;

/// <summary>Contacts from telephony, chat and the counters: ingest, routing, answer and close (SVC-01…03).</summary>
public sealed class ContactService(
    IDbContextFactory<ConsoleDbContext> dbFactory,
    IngestClock clock,
    FirstResponsePolicy responsePolicy,
    CustomerDataRulesProvider dataRules,
    RoutingService routing,
    IdNumberProtector idNumbers,
    LateEntryPolicy lateEntry,
    WritePath writes,
    ConsoleMetrics metrics,
    ILogger<ContactService> logger)
{
    public async Task<OperationResult<ContactResource>> CreateAsync(
        ContactCreateRequest request, Actor actor, CancellationToken cancellationToken = default, bool isDrill = false)
    {
        var errors = new ValidationErrors();
        errors.Required("externalId", request.ExternalId, 100);
        var channel = ParseChannel(request.Channel, errors);
        errors.Required("customerName", request.CustomerName, 100);
        errors.Optional("agentCode", request.AgentCode, 20);
        if (!CustomerDataRules.IsValidPhone(request.CustomerPhone))
        {
            errors.Add("customerPhone", "customerPhone must be a mainland mobile (11 digits starting with 1) or a landline with area code.");
        }

        if (!string.IsNullOrEmpty(request.WaybillNo) && !dataRules.IsValidWaybill(request.WaybillNo))
        {
            errors.Add("waybillNo", $"waybillNo must match {dataRules.WaybillPattern}.");
        }

        errors.Optional("topic", request.Topic, 100);
        var idNumber = IdNumberProtector.Validate(request.IdNumber, errors);

        var arrivedAt = clock.Resolve("arrivedAt", request.ArrivedAt, errors);
        if (errors.Any)
        {
            return OperationResult<ContactResource>.Invalid(errors.ToDictionary());
        }

        if (actor.ActsOnlyAsAgent && !string.IsNullOrEmpty(request.AgentCode) && request.AgentCode != actor.AgentCode)
        {
            return OperationResult<ContactResource>.Forbidden("An agent takes contacts only into their own queue.");
        }

        var fingerprint = RequestFingerprint.Without(request, IdNumberProtector.Field);
        var stored = await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var existing = await FindExistingAsync(db, request.ExternalId!, fingerprint, actor, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            var heldAgent = false;
            if (request.AgentCode is { Length: > 0 } given)
            {
                var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Code == given, cancellationToken);
                if (agent is null)
                {
                    return OperationResult<ContactResource>.Invalid("agentCode", "Unknown agent code.");
                }

                if (agent.Channel != channel)
                {
                    return OperationResult<ContactResource>.Invalid("agentCode", $"Agent {agent.Code} serves the {WireNames.ToWire(agent.Channel)} channel, not {request.Channel}.");
                }

                // An agent held off duty (onboarding TRN-01, training, suspension TRN-06) never takes a contact: the
                // contact is kept and routed to whoever is free instead, so the caller loses nothing.
                heldAgent = !agent.CanTakeWork;
            }

            // An agent who records a contact themselves (a walk-in at the counter) keeps it in their own queue.
            var agentCode = heldAgent ? null : NullIfEmpty(request.AgentCode) ?? (actor.ActsOnlyAsAgent ? actor.AgentCode : null);
            var contact = Contact.Receive(
                new ContactIntake(Guid.CreateVersion7(clock.Now), request.ExternalId!, channel!.Value, request.CustomerName!.Trim(),
                    request.CustomerPhone!, request.WaybillNo, request.Topic, arrivedAt, agentCode, isDrill),
                responsePolicy);
            if (idNumber is not null)
            {
                var (protectedValue, expiresAt) = idNumbers.Protect(idNumber);
                contact.KeepIdNumberCopy(idNumber, protectedValue, expiresAt);
            }

            if (contact.AgentCode is null && !isDrill
                && await routing.ChooseAgentAsync(write, contact.Channel, cancellationToken) is { } chosen)
            {
                contact.AssignTo(chosen, clock.Now);
            }

            db.Contacts.Add(contact);
            db.Entry(contact).Property(ConsoleDbContext.RequestHash).CurrentValue = fingerprint;
            contact.RecordOrigin(await TouchCustomerAsync(db, contact.CustomerName, contact.CustomerPhone, arrivedAt, isDrill, cancellationToken), actor.Name);
            try
            {
                // The write's first save: a failure leaves the write as it began (the customer touch undone too).
                await write.SaveOrStartOverAsync();
            }
            catch (DbUpdateException ex) when (StoreErrors.IsDuplicateExternalId(ex))
            {
                // Another process stored the same externalId first: answer as for a retry.
                logger.LogInformation(ex, "Contact {ExternalId} was stored concurrently", request.ExternalId);
                db.ChangeTracker.Clear();
                return await FindExistingAsync(db, request.ExternalId!, fingerprint, actor, cancellationToken) ?? throw new InvalidOperationException("Saving the contact failed.", ex);
            }

            // The contact is all this write changed that bears on routing: the group's next ingest routes from the loads as they now are.
            RoutingService.Counted(write, contact);
            var resource = contact.ToResource();
            write.Publish(new ContactChanged(resource));
            return OperationResult<ContactResource>.Created(resource);
        }, cancellationToken);

        // Counted once committed; a retry answered with the stored contact (200) is not a new contact.
        if (stored.Status == OperationStatus.Created && !isDrill)
        {
            metrics.ContactIngested(channel!.Value);
        }

        return stored;
    }

    public async Task<OperationResult<ContactResource>> AnswerAsync(
        Guid id, ContactAnswerRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        errors.Required("agentCode", request.AgentCode, 20);
        var at = clock.Resolve("at", request.At, errors);
        if (errors.Any)
        {
            return OperationResult<ContactResource>.Invalid(errors.ToDictionary());
        }

        if (actor.ActsOnlyAsAgent && actor.AgentCode != request.AgentCode)
        {
            return OperationResult<ContactResource>.Forbidden("An agent answers contacts only as themselves.");
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (contact is null)
            {
                return OperationResult<ContactResource>.NotFound($"No contact with id {id}.");
            }

            var agent = await db.Agents.FirstOrDefaultAsync(a => a.Code == request.AgentCode, cancellationToken);
            if (agent is null)
            {
                return OperationResult<ContactResource>.Invalid("agentCode", "Unknown agent code.");
            }

            if (agent.Channel != contact.Channel)
            {
                return OperationResult<ContactResource>.Invalid("agentCode", $"Agent {agent.Code} serves the {WireNames.ToWire(agent.Channel)} channel, not {WireNames.ToWire(contact.Channel)}.");
            }

            if (!agent.CanTakeWork)
            {
                return OperationResult<ContactResource>.Conflict($"Agent {agent.Code} is held off duty ({agent.HoldRuleId}) and cannot answer contacts.");
            }

            if (actor.ActsOnlyAsAgent && contact.AgentCode is { } holder && holder != actor.AgentCode)
            {
                return OperationResult<ContactResource>.Forbidden("This contact is in another agent's queue; a supervisor can move it.");
            }

            var previousAgent = contact.AgentCode;
            try
            {
                contact.Answer(agent.Code, at, responsePolicy);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<ContactResource>.Invalid(ex.ParamName ?? "at", ex.PlainMessage());
            }

            agent.BeginContact(at);
            if (contact.WithinTarget == false)
            {
                // Answered late: the breach alert, if the sweep has not raised it yet (SVC-01/02).
                await FirstResponseAlerts.AddAsync(write, contact, clock.Now, cancellationToken);
            }

            var resource = contact.ToResource();
            write.Publish(new ContactChanged(resource, previousAgent));
            return OperationResult<ContactResource>.Ok(resource);
        }, cancellationToken);
    }

    public async Task<OperationResult<ContactResource>> CloseAsync(
        Guid id, ContactCloseRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var at = clock.Resolve("at", request.At, errors);
        if (request.Resolved is null)
        {
            // First-contact resolution (SVC-08) is only as good as this answer, so it is never assumed.
            errors.Add("resolved", "resolved is required: true when the customer's matter was settled in this contact.");
        }

        if (request.Satisfaction is < 1 or > 5)
        {
            errors.Add("satisfaction", "satisfaction must be between 1 and 5.");
        }

        if (errors.Any)
        {
            return OperationResult<ContactResource>.Invalid(errors.ToDictionary());
        }

        return await writes.RunAsync(async write =>
        {
            var db = write.Db;
            var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (contact is null)
            {
                return OperationResult<ContactResource>.NotFound($"No contact with id {id}.");
            }

            if (actor.ActsOnlyAsAgent && contact.AgentCode != actor.AgentCode)
            {
                return OperationResult<ContactResource>.Forbidden("An agent closes only their own contacts.");
            }

            try
            {
                contact.Close(at, request.Resolved!.Value, request.Satisfaction);
            }
            catch (ArgumentException ex)
            {
                return OperationResult<ContactResource>.Invalid(ex.ParamName ?? "at", ex.PlainMessage());
            }

            // INF-03: the close carries when the service ended; recorded more than the entry window later, it is late.
            if (lateEntry.IsLate(at, clock.Now))
            {
                contact.FlagLateEntry();
            }

            // The close, the agent's freed slot and the re-offer of waiting contacts commit together.
            await write.SaveAsync();
            var changed = new List<Contact> { contact };
            if (contact.AgentCode is { } agentCode)
            {
                await FreeAgentIfIdleAsync(db, agentCode, at, cancellationToken);
            }

            changed.AddRange(await routing.OfferWaitingAsync(db, contact.Channel, clock.Now, cancellationToken));
            foreach (var c in changed)
            {
                write.Publish(new ContactChanged(c.ToResource()));
            }

            return OperationResult<ContactResource>.Ok(contact.ToResource());
        }, cancellationToken);
    }

    /// <summary>One contact; an agent sees only the contacts of their own work (INF-05).</summary>
    public async Task<ContactResource?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contact is null || (actor.ActsOnlyAsAgent && contact.AgentCode != actor.AgentCode) ? null : contact.ToResource();
    }

    private static async Task FreeAgentIfIdleAsync(ConsoleDbContext db, string agentCode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Code == agentCode, cancellationToken);
        if (agent is null || agent.Status != AgentStatus.OnContact)
        {
            return;
        }

        var stillServing = await db.Contacts.AnyAsync(
            c => c.AgentCode == agentCode && c.Status == ContactStatus.Answered, cancellationToken);
        agent.EndContact(at, stillServing);
    }

    private static async Task<OperationResult<ContactResource>?> FindExistingAsync(
        ConsoleDbContext db, string externalId, string fingerprint, Actor actor, CancellationToken cancellationToken) =>
        await ContactByExternalId(db, externalId, cancellationToken) is { } stored
            ? IdempotentIngest.Answer(
                stored.Contact, stored.Fingerprint, externalId, fingerprint, c => c.ToResource(), "contact",
                c => !actor.ActsOnlyAsAgent || c.AgentCode == actor.AgentCode)
            : null;

    // The two lookups every ingest makes, compiled once per model (issue 14): EF Core then skips translating and caching
    // per call. A compiled query refuses a context of another model than the one it first ran on, and a process may
    // hold more than one (the SQLite and the PostgreSQL context in the tests), hence one compiled query per model.
    private static readonly ConditionalWeakTable<IModel, Func<ConsoleDbContext, string, CancellationToken, Task<StoredContact?>>> ContactByExternalIdByModel = new();

    private static readonly ConditionalWeakTable<IModel, Func<ConsoleDbContext, string, CancellationToken, Task<Customer?>>> CustomerByPhoneByModel = new();

    private static Task<StoredContact?> ContactByExternalId(ConsoleDbContext db, string externalId, CancellationToken cancellationToken) =>
        ContactByExternalIdByModel.GetValue(db.Model, _ => EF.CompileAsyncQuery((ConsoleDbContext context, string id, CancellationToken _) =>
            context.Contacts.AsNoTracking()
                .Where(c => c.ExternalId == id)
                .Select(c => new StoredContact(c, EF.Property<string>(c, ConsoleDbContext.RequestHash)))
                .FirstOrDefault()))(db, externalId, cancellationToken);

    private static Task<Customer?> CustomerByPhone(ConsoleDbContext db, string phone, CancellationToken cancellationToken) =>
        CustomerByPhoneByModel.GetValue(db.Model, _ => EF.CompileAsyncQuery((ConsoleDbContext context, string number, CancellationToken _) =>
            context.Customers.FirstOrDefault(c => c.Phone == number)))(db, phone, cancellationToken);

    private sealed record StoredContact(Contact Contact, string Fingerprint);

    /// <summary>The customer behind a phone, created or brought up to date; null for a drill.</summary>
    internal static async Task<Guid?> TouchCustomerAsync(
        ConsoleDbContext db, string name, string phone, DateTimeOffset at, bool isDrill, CancellationToken cancellationToken)
    {
        if (isDrill)
        {
            return null; // EMG-05: a drill touches no real customer record.
        }

        var customer = db.Customers.Local.FirstOrDefault(c => c.Phone == phone)
            ?? await CustomerByPhone(db, phone, cancellationToken);
        if (customer is null)
        {
            customer = new Customer { Id = Guid.NewGuid(), Name = name, Phone = phone, FirstSeenAt = at, LastSeenAt = at, IsDrill = isDrill };
            db.Customers.Add(customer);
        }
        else if (at > customer.LastSeenAt)
        {
            customer.LastSeenAt = at;
            customer.Name = name;
        }

        return customer.Id;
    }

    internal static Channel? ParseChannel(string? value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("channel", "channel is required: online, phone or offline.");
            return null;
        }

        if (!WireNames.TryParseChannel(value, out var channel))
        {
            errors.Add("channel", $"Unsupported channel {ValidationErrors.Echo(value)}: use online, phone or offline.");
            return null;
        }

        return channel;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
