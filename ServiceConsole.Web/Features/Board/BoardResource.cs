namespace ServiceConsole.Web;

/// <summary>Marker for the supervisor board's UI strings (Resources/BoardResource*.resx); Chinese is the neutral culture.</summary>
public sealed class BoardResource;
