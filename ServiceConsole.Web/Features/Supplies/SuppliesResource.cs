namespace ServiceConsole.Web;

/// <summary>Marker for the supplies page's UI strings (Resources/SuppliesResource*.resx); Chinese is the neutral culture.</summary>
public sealed class SuppliesResource;
