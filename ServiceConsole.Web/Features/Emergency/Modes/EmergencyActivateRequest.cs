namespace ServiceConsole.Web.Api.Contracts;

public sealed record EmergencyActivateRequest(string? Reason, string? Phase, bool? Drill, string? IssueKey);
