using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Emergency.Outage;

/// <summary>EMG-02: the system is back; <paramref name="Reason"/> is logged with the mode change (default "系统已恢复").</summary>
/// <param name="Reason">Logged with the mode change; left out, "系统已恢复".</param>
public sealed record OutageRestoreRequest([StringLength(500)] string? Reason);
