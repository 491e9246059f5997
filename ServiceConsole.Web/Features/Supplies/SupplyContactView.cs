using ServiceConsole.Domain;

namespace ServiceConsole.Web.Supplies;

/// <summary>One line of the emergency contact list (EMG-06).</summary>
public sealed record SupplyContactView(Guid Id, string Name, SupplyContactRole Role, string Phone, string? Note);
