using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Complaints;

public sealed record CompensationQuoteRequest(
    [Required, AllowedValues("delay", "damage", "loss")] string? Category,
    [Range(0, 365)] int? DelayDays,
    bool? Repairable,
    [Range(0, 10_000_000)] decimal? RepairCost,
    [Range(0, 10_000_000)] decimal? ItemValue,
    bool? Insured,
    [Range(0, 10_000_000)] decimal? InsuredValue,
    [Range(0, 10_000_000)] decimal? ShippingFee);
