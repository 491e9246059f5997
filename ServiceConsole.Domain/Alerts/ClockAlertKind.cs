namespace ServiceConsole.Domain.Alerts;

/// <summary>A deadline is close (<see cref="Warning"/>) or has passed (<see cref="Breach"/>).</summary>
public enum ClockAlertKind
{
    Warning,
    Breach
}
