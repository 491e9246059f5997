using System.Text.Json.Serialization;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Contacts;

public sealed record ContactResource(
    Guid Id,
    string ExternalId,
    string Channel,
    string CustomerName,
    string CustomerPhone,
    string? WaybillNo,
    string? Topic,
    DateTimeOffset ArrivedAt,
    DateTimeOffset? RespondBy,
    string Status,
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
    [property: JsonIgnore] string? CreatedBy = null) : IPersonalRecord
{
    [JsonIgnore]
    public string RecordSubject => $"contact:{Id}";

    [JsonIgnore]
    public string? WorkOwner => AgentCode;

    [JsonIgnore]
    public string PersonalFields => "name,phone";

    /// <summary>INF-07: the surname and the phone's first three and last four digits.</summary>
    public IPersonalRecord Masked() => this with { CustomerName = CustomerMask.Name(CustomerName), CustomerPhone = CustomerMask.Phone(CustomerPhone) };
}
