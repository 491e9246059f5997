namespace ServiceConsole.Web;

/// <summary>Marker for the strings of the outage and weather screens and the workspace's emergency script (Resources/EmergencyFlowResource*.resx).</summary>
public sealed class EmergencyFlowResource;
