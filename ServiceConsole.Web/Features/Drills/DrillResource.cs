namespace ServiceConsole.Web.Features.Drills;

/// <summary>Marker for the drills pages' UI strings (DrillResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class DrillResource;
