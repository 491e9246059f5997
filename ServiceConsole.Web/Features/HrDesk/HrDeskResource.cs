namespace ServiceConsole.Web.Features.HrDesk;

/// <summary>Marker for the HR desk's strings (HrDeskResource*.resx beside it).</summary>
public sealed class HrDeskResource;
