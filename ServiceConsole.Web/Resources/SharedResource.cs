namespace ServiceConsole.Web.Resources;

/// <summary>Marker for the console's shared UI strings (SharedResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class SharedResource;
