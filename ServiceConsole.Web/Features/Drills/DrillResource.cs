namespace ServiceConsole.Web;

/// <summary>Marker for the drills pages' UI strings (Resources/DrillResource*.resx); Chinese is the neutral culture.</summary>
public sealed class DrillResource;
