namespace ServiceConsole.Domain.Alerts;

/// <summary>What a clock alert is about: a complaint's clock, a callback task, or an emergency incident's clock (EMG-02/04).</summary>
public enum ClockSubject
{
    Complaint,
    Callback,
    Incident
}
