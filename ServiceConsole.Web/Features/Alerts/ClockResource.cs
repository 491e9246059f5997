namespace ServiceConsole.Web.Features.Alerts;

/// <summary>Marker for the strings of the deadline screens: alerts and owed callbacks (ClockResource*.resx beside it).</summary>
public sealed class ClockResource;
