using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>The facts a compensation quote is computed from (CMP-05…07). Money in yuan.</summary>
public sealed record CompensationRequest(
    ComplaintCategory Category,
    int? DelayDays,
    bool Repairable,
    decimal? RepairCost,
    decimal? ItemValue,
    bool Insured,
    decimal? InsuredValue,
    decimal? ShippingFee);
