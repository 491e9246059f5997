using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>
/// EMG-06 as the supplies page shows it: the contact list in print order and which roles nobody can be
/// called for yet. <see cref="UpdatedAt"/> is null while no directory has been kept.
/// </summary>
public sealed record SuppliesView(
    IReadOnlyList<SupplyContactView> Contacts,
    IReadOnlyList<SupplyContactRole> MissingRoles,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt)
{
    public static SuppliesView Empty { get; } = new([], [SupplyContactRole.TechnicalTeam, SupplyContactRole.OutletHead], null, null);

    public bool IsReady => MissingRoles.Count == 0;

    public static SuppliesView From(SuppliesDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SuppliesView(
            [.. directory.Contacts.Select(c => new SupplyContactView(c.Id, c.Name, c.Role, c.Phone, c.Note))],
            directory.MissingRoles,
            directory.UpdatedBy,
            directory.UpdatedAt);
    }

    /// <summary>
    /// The list already has this name with this number on another line: the domain refuses it as a
    /// duplicate, and the editor says so instead of calling the number invalid.
    /// </summary>
    public bool IsDuplicate(SupplyContactEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var name = edit.Name?.Trim();
        var phone = Digits(edit.Phone);
        return Contacts.Any(c => c.Id != edit.Id && c.Name == name && Digits(c.Phone) == phone);
    }

    // As the domain compares numbers: spaces and dashes do not make a different number.
    private static string Digits(string? phone) =>
        phone is null ? "" : string.Concat(phone.Where(c => !char.IsWhiteSpace(c) && c != '-'));
}
