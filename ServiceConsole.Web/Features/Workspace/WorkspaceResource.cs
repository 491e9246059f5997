namespace ServiceConsole.Web;

/// <summary>Marker for the agent workspace's UI strings (Resources/WorkspaceResource*.resx); Chinese is the neutral culture.</summary>
public sealed class WorkspaceResource;
