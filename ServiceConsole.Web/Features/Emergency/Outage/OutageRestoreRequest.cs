namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>EMG-02: the system is back; <paramref name="Reason"/> is logged with the mode change (default "系统已恢复").</summary>
public sealed record OutageRestoreRequest(string? Reason);
