namespace ServiceConsole.Web;

/// <summary>Marker for the console's shared UI strings (Resources/SharedResource*.resx); Chinese is the neutral culture.</summary>
public sealed class SharedResource;
