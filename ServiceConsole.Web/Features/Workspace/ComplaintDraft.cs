using ServiceConsole.Domain;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Web.Features.Complaints;

namespace ServiceConsole.Web.Features.Workspace;

/// <summary>
/// The complaint form's fields while the agent fills them in (CMP-01). The external id is fixed when
/// the draft starts, so pressing submit twice registers one complaint.
/// </summary>
public sealed class ComplaintDraft
{
    public required string ExternalId { get; init; }

    public string? CustomerName { get; set; }

    public string? CustomerPhone { get; set; }

    public string? WaybillNo { get; set; }

    public string? OutletCode { get; set; }

    public ComplaintCategory? Category { get; set; }

    public int? DelayDays { get; set; }

    public bool PackagingOnly { get; set; }

    public decimal? ItemValue { get; set; }

    public bool Insured { get; set; }

    public decimal? InsuredValue { get; set; }

    public decimal? ShippingFee { get; set; }

    public string? Demand { get; set; }

    public static ComplaintDraft Start(DateTimeOffset now) => new() { ExternalId = $"console-{Guid.CreateVersion7(now):N}" };

    public ComplaintCreateRequest ToRequest(Channel channel) => new(
        ExternalId,
        WireNames.ToWire(channel),
        CustomerName?.Trim(),
        CustomerPhone?.Trim(),
        WaybillNo?.Trim(),
        OutletCode?.Trim(),
        Category is { } category ? WireNames.ToWire(category) : null,
        DelayDays,
        PackagingOnly,
        ItemValue,
        Insured,
        Insured ? InsuredValue : null,
        ShippingFee,
        Demand?.Trim(),
        IssueKey: null,
        ReceivedAt: null);
}
