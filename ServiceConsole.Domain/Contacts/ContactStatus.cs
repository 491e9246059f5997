namespace ServiceConsole.Domain.Contacts;

/// <summary>Where a contact stands: waiting for an agent, answered, or closed (abandoned or served).</summary>
public enum ContactStatus
{
    Waiting,
    Answered,
    Closed
}
