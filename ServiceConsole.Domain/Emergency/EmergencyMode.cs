namespace ServiceConsole.Domain.Emergency;

/// <summary>The three emergency modes (EMG-01…03).</summary>
public enum EmergencyMode
{
    Weather,
    Outage,
    MassComplaint
}
