using System.Text.Json.Serialization;
using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>EMG-02: one customer recorded while the system was down, with the recovery callback owed once it is back.</summary>
public sealed record OutageWaitingResource(
    Guid Id,
    string CustomerName,
    string CustomerPhone,
    string? WaybillNo,
    string Issue,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    Guid? CallbackId) : IPersonalRecord
{
    [JsonIgnore]
    public Guid? CustomerId => null;

    [JsonIgnore]
    public string RecordSubject => $"outage-waiting:{Id}";

    /// <summary>The agent who recorded the customer calls them back.</summary>
    [JsonIgnore]
    public string? WorkOwner => RecordedBy;

    [JsonIgnore]
    public string? CreatedBy => RecordedBy;

    [JsonIgnore]
    public string PersonalFields => "name,phone";

    public IPersonalRecord Masked() => this with { CustomerName = CustomerMask.Name(CustomerName), CustomerPhone = CustomerMask.Phone(CustomerPhone) };
}
