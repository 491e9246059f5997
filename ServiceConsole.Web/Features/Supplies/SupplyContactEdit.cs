using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Web.Features.Supplies;

/// <summary>What the contact editor sends; <see cref="Id"/> null adds a contact.</summary>
public sealed record SupplyContactEdit(Guid? Id, string? Name, SupplyContactRole Role, string? Phone, string? Note);
