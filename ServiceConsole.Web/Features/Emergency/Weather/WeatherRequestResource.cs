using System.Text.Json.Serialization;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Weather;

/// <summary>EMG-01: a return or redirect request recorded in natural-disaster mode, open until handled with the hub.</summary>
public sealed record WeatherRequestResource(
    Guid Id,
    string CustomerName,
    string CustomerPhone,
    string WaybillNo,
    string Kind,
    string? NewAddress,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset? DoneAt,
    string? DoneBy,
    bool Drill) : IPersonalRecord
{
    [JsonIgnore]
    public Guid? CustomerId => null;

    [JsonIgnore]
    public string RecordSubject => $"weather-request:{Id}";

    [JsonIgnore]
    public string? WorkOwner => RecordedBy;

    [JsonIgnore]
    public string? CreatedBy => RecordedBy;

    [JsonIgnore]
    public string PersonalFields => NewAddress is null ? "name,phone" : "name,phone,address";

    /// <summary>INF-07: surname, phone's first three and last four digits, the new address down to its district.</summary>
    public IPersonalRecord Masked() => this with
    {
        CustomerName = CustomerMask.Name(CustomerName),
        CustomerPhone = CustomerMask.Phone(CustomerPhone),
        NewAddress = NewAddress is null ? null : CustomerMask.Address(NewAddress),
    };
}
