namespace ServiceConsole.Domain.Contacts;

/// <summary>How a contact or complaint reached the company (SVC-01…03, CMP-01).</summary>
public enum Channel
{
    Online,
    Phone,
    Offline
}
