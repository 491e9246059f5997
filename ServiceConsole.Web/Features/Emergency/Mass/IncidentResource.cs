namespace ServiceConsole.Web.Features.Emergency.Mass;

/// <summary>Marker for the mass-complaint incident page's strings (IncidentResource*.resx beside it).</summary>
public sealed class IncidentResource;
