namespace ServiceConsole.Web.Features.Emergency.Modes;

public sealed record EmergencyDeactivateRequest(string? Reason);
