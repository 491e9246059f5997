namespace ServiceConsole.Domain.Alerts;

/// <summary>
/// What a clock alert is about: a complaint's clock, a callback task, an emergency incident's clock (EMG-02/04), or a
/// contact's first response (SVC-01/02).
/// </summary>
public enum ClockSubject
{
    Complaint,
    Callback,
    Incident,
    Contact,
}
