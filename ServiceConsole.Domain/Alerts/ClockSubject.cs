namespace ServiceConsole.Domain.Alerts;

/// <summary>What a clock alert is about: a complaint's clock, or a callback task.</summary>
public enum ClockSubject
{
    Complaint,
    Callback
}
