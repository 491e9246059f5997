namespace ServiceConsole.Web;

/// <summary>Marker for the strings of the deadline screens: alerts and owed callbacks (Resources/ClockResource*.resx).</summary>
public sealed class ClockResource;
