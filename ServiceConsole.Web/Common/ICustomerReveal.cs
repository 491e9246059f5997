namespace ServiceConsole.Web.Common;

/// <summary>INF-07: shows a masked customer in clear once, for a stated reason, after recording it in the audit chain.</summary>
public interface ICustomerReveal
{
    Task<OperationResult<RevealedCustomer>> RevealAsync(Guid customerId, string? reason, Actor actor, string? from, CancellationToken cancellationToken);
}

/// <summary>A customer shown in clear once, after an audited reveal.</summary>
public sealed record RevealedCustomer(Guid CustomerId, string Name, string Phone);
