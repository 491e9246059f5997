namespace ServiceConsole.Web.Features.Complaints;

public sealed record CompensationQuoteRequest(
    string? Category,
    int? DelayDays,
    bool? Repairable,
    decimal? RepairCost,
    decimal? ItemValue,
    bool? Insured,
    decimal? InsuredValue,
    decimal? ShippingFee);
