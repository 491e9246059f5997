namespace ServiceConsole.Web.Features.Emergency;

/// <summary>Marker for the strings of the outage and weather screens and the workspace's emergency script (EmergencyFlowResource*.resx beside it).</summary>
public sealed class EmergencyFlowResource;
