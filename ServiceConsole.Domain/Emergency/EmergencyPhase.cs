namespace ServiceConsole.Domain.Emergency;

/// <summary>Phases of an emergency; natural-disaster mode walks through all three (EMG-01).</summary>
public enum EmergencyPhase
{
    Warning,
    Response,
    Recovery
}
