namespace ServiceConsole.Web.Features.Points;

/// <summary>Marker for the points and recognition screens' UI strings (PointsResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class PointsResource;
