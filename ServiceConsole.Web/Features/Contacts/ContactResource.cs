using System.Text.Json.Serialization;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Contacts;

public sealed record ContactResource(
    Guid Id,
    string ExternalId,
    [WireEnum<Channel>] string Channel,
    string CustomerName,
    string CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset ArrivedAt,
    DateTimeOffset? RespondBy,
    [WireEnum<ContactStatus>] string Status,
    string? AgentCode,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? AnsweredAt,
    double? FirstResponseSeconds,
    bool? WithinTarget,
    DateTimeOffset? ClosedAt,
    bool? Resolved,
    int? Satisfaction,
    bool Drill,
    Guid? CustomerId = null,
    [property: JsonIgnore] string? CreatedBy = null,
    string? IdNumber = null,
    DateTimeOffset? IdNumberExpiresAt = null,
    bool IdNumberExpired = false,
    bool LateEntry = false) : IPersonalRecord
{
    [JsonIgnore]
    public string RecordSubject => $"contact:{Id}";

    [JsonIgnore]
    public string? WorkOwner => AgentCode;

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
