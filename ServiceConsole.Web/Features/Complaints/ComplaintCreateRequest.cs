namespace ServiceConsole.Web.Features.Complaints;

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
    DateTimeOffset? ReceivedAt);
