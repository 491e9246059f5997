namespace ServiceConsole.Web.Features.Workspace;

/// <summary>Marker for the agent workspace's UI strings (WorkspaceResource*.resx beside it); Chinese is the neutral culture.</summary>
public sealed class WorkspaceResource;
