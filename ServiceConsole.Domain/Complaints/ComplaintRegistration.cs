using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Complaints;

/// <summary>
/// What CMP-01 requires at registration: who, how to reach them, the waybill, the problem and
/// the demand. <paramref name="IssueKey"/> groups complaints about one problem for EMG-03; when
/// null it becomes <c>"{category}:{outletCode}"</c>. Money in yuan.
/// </summary>
public sealed record ComplaintRegistration(
    Guid Id,
    string ExternalId,
    Channel Channel,
    string CustomerName,
    string CustomerPhone,
    string WaybillNo,
    string OutletCode,
    ComplaintCategory Category,
    int? DelayDays,
    bool PackagingOnly,
    decimal? ItemValue,
    bool Insured,
    decimal? InsuredValue,
    decimal? ShippingFee,
    string Demand,
    string? IssueKey,
    DateTimeOffset ReceivedAt,
    bool IsDrill = false)
{
    /// <summary>The facts <see cref="ComplaintClassifier"/> decides severity from.</summary>
    /// <param name="repeatedOnSameWaybill">Another complaint on this waybill is still open (CMP-03).</param>
    public ComplaintFacts ToFacts(bool repeatedOnSameWaybill) =>
        new(Category, DelayDays, PackagingOnly, ItemValue, repeatedOnSameWaybill);
}
