using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

/// <param name="IdNumber">INF-04: the complainant's ID-card number for real-name sending (optional); kept protected, expires.</param>
public sealed record ComplaintCreateRequest(
    [Required] string? ExternalId,
    [Required, WireEnum<Channel>] string? Channel,
    [Required] string? CustomerName,
    [Required] string? CustomerPhone,
    [Required] string? WaybillNo,
    [Required] string? OutletCode,
    [Required, WireEnum<ComplaintCategory>] string? Category,
    [Range(0, 365)] int? DelayDays,
    bool? PackagingOnly,
    [Range(0, 10_000_000)] decimal? ItemValue,
    bool? Insured,
    [Range(0, 10_000_000)] decimal? InsuredValue,
    [Range(0, 10_000_000)] decimal? ShippingFee,
    [Required] string? Demand,
    string? IssueKey,
    DateTimeOffset? ReceivedAt,
    string? IdNumber = null);
