using ServiceConsole.Domain.Policy;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Security;

/// <summary>
/// One customer a data loss touched, as the admin's screen lists them: masked like every customer outside one's own work
/// (the notification is made after an audited reveal), with whether they have been told (INF-11).
/// </summary>
public sealed record AffectedCustomerView(Guid Id, string Name, string Phone, DateTimeOffset? NotifiedAt, string? NotifiedBy) : IPersonalRecord
{
    public Guid? CustomerId => Id;

    public string RecordSubject => $"customer:{Id}";

    public string? WorkOwner => null;

    public string? CreatedBy => null;

    public string PersonalFields => "name,phone";

    public IPersonalRecord Masked() => this with { Name = CustomerMask.Name(Name), Phone = CustomerMask.Phone(Phone) };
}
