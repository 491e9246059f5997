namespace ServiceConsole.Web.Features.Supplies;

/// <summary>Marker for the supplies page's UI strings (SuppliesResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class SuppliesResource;
