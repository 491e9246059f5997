using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Domain.Supplies;

/// <summary>
/// EMG-06: the emergency supplies the console shows and prints: the paper registration form
/// (<see cref="PaperRegistrationForm"/>) and the editable contact list of the technical team and
/// the outlet heads. One directory per centre. The supplies are "ready" only when both the
/// technical team (outages, EMG-02) and at least one outlet head (EMG-03) can be reached.
/// </summary>
public sealed class SuppliesDirectory
{
    public const int MaxNameLength = 50;
    public const int MaxNoteLength = 200;
    public const int MinPhoneDigits = 3;
    public const int MaxPhoneDigits = 15;

    private readonly List<SupplyContact> _contacts = [];

    // For EF Core materialisation only.
    private SuppliesDirectory()
    {
    }

    public Guid Id { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Technical team first, then outlet heads, then others, each by name: the order they print in.</summary>
    public IReadOnlyList<SupplyContact> Contacts => [.. _contacts.OrderBy(c => c.Role).ThenBy(c => c.Name, StringComparer.Ordinal)];

    public IReadOnlyList<PaperFormField> FormFields => PaperRegistrationForm.Fields;

    /// <summary>The roles nobody on the list can be called for yet; empty when the supplies are ready.</summary>
    public IReadOnlyList<SupplyContactRole> MissingRoles =>
        [.. new[] { SupplyContactRole.TechnicalTeam, SupplyContactRole.OutletHead }.Where(r => !_contacts.Exists(c => c.Role == r))];

    public bool IsReady => MissingRoles.Count == 0;

    public static SuppliesDirectory Create(Guid id, string by, DateTimeOffset at)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("The directory needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return new SuppliesDirectory { Id = id, UpdatedBy = by, UpdatedAt = at };
    }

    public SupplyContact AddContact(Guid id, string name, SupplyContactRole role, string phone, string? note, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A contact needs an id.", nameof(id));
        }

        if (_contacts.Exists(c => c.Id == id))
        {
            throw new ArgumentException($"Contact {id} is already on the list.", nameof(id));
        }

        var (n, p, t) = Validate(id, name, role, phone, note);
        var contact = new SupplyContact(id, n, role, p, t);
        _contacts.Add(contact);
        Touch(by, at);
        return contact;
    }

    public void UpdateContact(Guid id, string name, SupplyContactRole role, string phone, string? note, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var contact = Find(id);
        var (n, p, t) = Validate(id, name, role, phone, note);
        contact.Set(n, role, p, t);
        Touch(by, at);
    }

    public void RemoveContact(Guid id, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        _contacts.Remove(Find(id));
        Touch(by, at);
    }

    private (string Name, string Phone, string? Note) Validate(Guid id, string name, SupplyContactRole role, string phone, string? note)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            throw new ArgumentException($"A contact needs a name of at most {MaxNameLength} characters.", nameof(name));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown contact role.");
        }

        // The list is for calling in an emergency: a number nobody can dial is worse than none.
        // Unlike a customer's phone, a service line (400-820-8820) or a desk extension (8001) is fine.
        var normalizedPhone = CustomerKeys.NormalizePhone(phone);
        if (normalizedPhone.Length is < MinPhoneDigits or > MaxPhoneDigits || !normalizedPhone.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(
                $"The phone must be {MinPhoneDigits}–{MaxPhoneDigits} digits (spaces and dashes allowed), e.g. 13800138000, 0571-87654321 or 8001.",
                nameof(phone));
        }

        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmedNote is { Length: > MaxNoteLength })
        {
            throw new ArgumentException($"The note must be at most {MaxNoteLength} characters.", nameof(note));
        }

        var trimmedName = name.Trim();
        if (_contacts.Exists(c => c.Id != id && c.Name == trimmedName && CustomerKeys.NormalizePhone(c.Phone) == normalizedPhone))
        {
            throw new ArgumentException($"{trimmedName} with this phone is already on the list.", nameof(phone));
        }

        return (trimmedName, phone!.Trim(), trimmedNote);
    }

    private SupplyContact Find(Guid id) =>
        _contacts.Find(c => c.Id == id) ?? throw new KeyNotFoundException($"Contact {id} is not on the list.");

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
