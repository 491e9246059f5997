using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>One line of the emergency contact list (EMG-06).</summary>
public sealed record SupplyContactView(Guid Id, string Name, SupplyContactRole Role, string Phone, string? Note);
