namespace ServiceConsole.Web.Features.Emergency.Modes;

public sealed record EmergencyActivateRequest(string? Reason, string? Phase, bool? Drill, string? IssueKey);
