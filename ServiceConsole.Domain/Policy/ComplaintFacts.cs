using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Domain.Policy;

/// <summary>
/// What <see cref="ComplaintClassifier"/> needs to know about a complaint.
/// <paramref name="RepeatedOnSameWaybill"/> is true when another complaint on the same
/// waybill is still open (CMP-03, interpretation of "complained repeatedly without resolution").
/// </summary>
public sealed record ComplaintFacts(
    ComplaintCategory Category,
    int? DelayDays,
    bool PackagingOnly,
    decimal? ItemValue,
    bool RepeatedOnSameWaybill);
