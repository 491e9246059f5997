namespace ServiceConsole.Web;

/// <summary>Marker for the coordinator screen's and the global emergency banner's UI strings (Resources/CoordinatorResource*.resx); Chinese is the neutral culture.</summary>
public sealed class CoordinatorResource;
