namespace ServiceConsole.Domain.Supplies;

/// <summary>
/// EMG-06: one entry of the emergency contact list, owned by <see cref="SuppliesDirectory"/>.
/// <see cref="Note"/> holds what a caller needs to know (the outlet, the hours, "on call at night").
/// </summary>
public sealed class SupplyContact
{
    // For EF Core materialisation only.
    private SupplyContact()
    {
    }

    internal SupplyContact(Guid id, string name, SupplyContactRole role, string phone, string? note)
    {
        Id = id;
        Set(name, role, phone, note);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public SupplyContactRole Role { get; private set; }
    public string Phone { get; private set; } = "";
    public string? Note { get; private set; }

    internal void Set(string name, SupplyContactRole role, string phone, string? note)
    {
        Name = name;
        Role = role;
        Phone = phone;
        Note = note;
    }
}
