namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>
/// EMG-02/06: one line of the paper registration form. <paramref name="RecordedBy"/> is the agent code of who took
/// the details (the recovery call goes to them; an agent's own by default); <paramref name="RecordedAt"/> the time on
/// the form when it is typed in later (default now).
/// </summary>
public sealed record OutageWaitingRequest(
    string? CustomerName, string? CustomerPhone, string? WaybillNo, string? Issue, string? RecordedBy, DateTimeOffset? RecordedAt);
