using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Domain.Customers;

/// <summary>
/// What a contact and a complaint share as records about a customer: which customer and who created it (INF-07), the
/// protected ID-number copy (INF-04) and whether it was entered late (INF-03). Each guards its own transitions.
/// </summary>
public abstract class CustomerRecord : IIdNumberHolder
{
    /// <summary>INF-07: the customer record this is about (null for a drill, which touches no customer).</summary>
    public Guid? CustomerId { get; private set; }

    /// <summary>INF-07: who created it (a login, or the integration); the integration sees in clear only what it created.</summary>
    public string? CreatedBy { get; private set; }

    /// <summary>INF-04: the ID-card number in clear, in memory only (the store keeps <see cref="IdNumberProtected"/>).</summary>
    public string? IdNumber { get; private set; }

    /// <summary>INF-04: the ID-card number as stored, protected; null when none was given or the copy was destroyed.</summary>
    public string? IdNumberProtected { get; private set; }

    /// <summary>INF-04: when the ID-number copy expires (stored time plus the copy's validity); kept after it is destroyed.</summary>
    public DateTimeOffset? IdNumberExpiresAt { get; private set; }

    /// <summary>INF-04: a copy was kept and is gone now (expired and destroyed, or no longer readable).</summary>
    public bool IdNumberExpired => IdNumberExpiresAt is not null && IdNumber is null;

    /// <summary>INF-03: entered more than the entry window after the service ended.</summary>
    public bool LateEntry { get; private set; }

    /// <summary>INF-04: keeps a copy of the customer's ID number, once, at entry: protected, valid until <paramref name="expiresAt"/>.</summary>
    public void KeepIdNumberCopy(string idNumber, string protectedValue, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedValue);
        if (IdNumberExpiresAt is not null)
        {
            throw new InvalidOperationException("An ID-number copy is kept once, when the record is entered.");
        }

        (IdNumber, IdNumberProtected, IdNumberExpiresAt) = (idNumber, protectedValue, expiresAt);
    }

    public void LoadIdNumber(string? idNumber) => IdNumber = idNumber;

    /// <summary>INF-03: the record was entered late.</summary>
    public void FlagLateEntry() => LateEntry = true;

    /// <summary>Records, once, which customer the record is about and who created it.</summary>
    public void RecordOrigin(Guid? customerId, string createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (CreatedBy is not null)
        {
            throw new InvalidOperationException("The origin of a record is recorded once, when it is created.");
        }

        (CustomerId, CreatedBy) = (customerId, createdBy);
    }
}
