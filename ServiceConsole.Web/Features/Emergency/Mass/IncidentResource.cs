namespace ServiceConsole.Web;

/// <summary>Marker for the mass-complaint incident page's strings (Resources/IncidentResource*.resx).</summary>
public sealed class IncidentResource;
