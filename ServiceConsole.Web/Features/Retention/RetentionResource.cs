namespace ServiceConsole.Web.Features.Retention;

/// <summary>Marker for the destruction records' UI strings (RetentionResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class RetentionResource;
