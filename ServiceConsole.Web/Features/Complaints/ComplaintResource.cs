using System.Text.Json.Serialization;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintResource(
    Guid Id,
    string ExternalId,
    [WireEnum<Channel>] string Channel,
    string CustomerName,
    string CustomerPhone,
    string WaybillNo,
    string OutletCode,
    [WireEnum<ComplaintCategory>] string Category,
    int? DelayDays,
    bool PackagingOnly,
    decimal? ItemValue,
    bool Insured,
    decimal? InsuredValue,
    decimal? ShippingFee,
    string Demand,
    string IssueKey,
    [WireEnum<Severity>] string Severity,
    [WireEnum<ComplaintStatus>] string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset VerifyBy,
    DateTimeOffset ResolveBy,
    DateTimeOffset? CallbackDue,
    string? Assignee,
    string? Findings,
    [WireEnum<FaultParty>] string? FaultParty,
    int ReopenCount,
    bool Drill,
    IReadOnlyList<NegotiationRoundResource> Rounds,
    IReadOnlyList<BreachResource> Breaches,
    IReadOnlyList<HistoryResource> History,
    AccountabilityResource? Accountability = null,
    string? AssigneeName = null,
    IReadOnlyList<EvidenceResource>? Evidence = null,
    Guid? CustomerId = null,
    [property: JsonIgnore] string? CreatedBy = null,
    string? IdNumber = null,
    DateTimeOffset? IdNumberExpiresAt = null,
    bool IdNumberExpired = false,
    bool LateEntry = false) : IPersonalRecord
{
    [JsonIgnore]
    public string RecordSubject => $"complaint:{Id}";

    [JsonIgnore]
    public string? WorkOwner => Assignee;

    [JsonIgnore]
    public string PersonalFields => IdNumber is null ? "name,phone" : "name,phone,id";

    /// <summary>INF-07: the surname, the phone's first three and last four digits, the ID number's first three and last four.</summary>
    public IPersonalRecord Masked() => this with
    {
        CustomerName = CustomerMask.Name(CustomerName),
        CustomerPhone = CustomerMask.Phone(CustomerPhone),
        IdNumber = IdNumber is null ? null : CustomerMask.IdNumber(IdNumber),
    };
}
