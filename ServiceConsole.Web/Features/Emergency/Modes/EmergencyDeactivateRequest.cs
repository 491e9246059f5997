namespace ServiceConsole.Web.Api.Contracts;

public sealed record EmergencyDeactivateRequest(string? Reason);
