namespace ServiceConsole.Web.Features.Board;

/// <summary>Marker for the supervisor board's UI strings (BoardResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class BoardResource;
