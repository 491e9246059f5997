namespace ServiceConsole.Web.Features.Emergency.Modes;

/// <summary>Marker for the coordinator screen's and the global emergency banner's UI strings (CoordinatorResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class CoordinatorResource;
