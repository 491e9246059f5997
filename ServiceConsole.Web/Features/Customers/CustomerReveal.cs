using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Features.Customers;

/// <summary>
/// INF-07: shows one customer in clear to someone whose screen shows them masked, for a stated reason, and records the
/// reveal in the audit chain before the value leaves the server. An agent may reveal only a customer of their own work;
/// anyone else outside their scope gets the same answer as for a customer that does not exist.
/// </summary>
public sealed class CustomerReveal(IDbContextFactory<ConsoleDbContext> dbFactory, IAuditTrail audit) : ICustomerReveal
{
    public const int ReasonMinLength = 4;
    public const int ReasonMaxLength = 200;

    public async Task<OperationResult<RevealedCustomer>> RevealAsync(
        Guid customerId, string? reason, Actor actor, string? from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new ValidationErrors();
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length < ReasonMinLength || trimmed.Length > ReasonMaxLength)
        {
            errors.Add("reason", $"State why you need the customer in clear ({ReasonMinLength}–{ReasonMaxLength} characters).");
            return OperationResult<RevealedCustomer>.Invalid(errors.ToDictionary());
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null || (actor.ActsOnlyAsAgent && !await IsOwnCustomerAsync(db, customerId, actor.AgentCode, cancellationToken)))
        {
            return OperationResult<RevealedCustomer>.NotFound($"No customer with id {customerId}.");
        }

        await audit.RecordAsync(
            new AuditEvent(actor.Name, AuditActions.Reveal, PersonalDataAccess.CustomerSubject(customerId), "name,phone", Revealed: true, Detail: trimmed, From: from),
            cancellationToken);
        return OperationResult<RevealedCustomer>.Ok(new RevealedCustomer(customer.Id, customer.Name, customer.Phone));
    }

    private static async Task<bool> IsOwnCustomerAsync(ConsoleDbContext db, Guid customerId, string? agentCode, CancellationToken cancellationToken) =>
        agentCode is not null
        && (await db.Contacts.AnyAsync(c => c.CustomerId == customerId && c.AgentCode == agentCode, cancellationToken)
            || await db.Complaints.AnyAsync(c => c.CustomerId == customerId && c.Assignee == agentCode, cancellationToken));
}
