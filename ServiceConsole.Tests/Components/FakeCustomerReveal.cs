using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Components;

/// <summary>Reveals the customers a test knows, for a reason of at least four characters, and records each reveal.</summary>
public sealed class FakeCustomerReveal(FakeAuditTrail audit) : ICustomerReveal
{
    public Dictionary<Guid, RevealedCustomer> Customers { get; } = [];

    public async Task<OperationResult<RevealedCustomer>> RevealAsync(Guid customerId, string? reason, Actor actor, string? from, CancellationToken cancellationToken)
    {
        if ((reason?.Trim().Length ?? 0) < 4)
        {
            return OperationResult<RevealedCustomer>.Invalid("reason", "State why.");
        }

        if (!Customers.TryGetValue(customerId, out var customer))
        {
            return OperationResult<RevealedCustomer>.NotFound("No such customer.");
        }

        await audit.RecordAsync(new AuditEvent(actor.Name, AuditActions.Reveal, PersonalDataAccess.CustomerSubject(customerId), "name,phone", true, reason), cancellationToken);
        return OperationResult<RevealedCustomer>.Ok(customer);
    }
}
