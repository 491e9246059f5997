namespace ServiceConsole.Web.Features.Complaints;

/// <param name="IdNumber">INF-04: the complainant's ID-card number for real-name sending (optional); kept protected, expires.</param>
public sealed record ComplaintCreateRequest(
    string? ExternalId,
    string? Channel,
    string? CustomerName,
    string? CustomerPhone,
    string? WaybillNo,
    string? OutletCode,
    string? Category,
    int? DelayDays,
    bool? PackagingOnly,
    decimal? ItemValue,
    bool? Insured,
    decimal? InsuredValue,
    decimal? ShippingFee,
    string? Demand,
    string? IssueKey,
    DateTimeOffset? ReceivedAt,
    string? IdNumber = null);
