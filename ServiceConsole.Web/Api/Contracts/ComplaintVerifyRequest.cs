namespace ServiceConsole.Web.Api.Contracts;

public sealed record ComplaintVerifyRequest(string? Findings, string? FaultParty, DateTimeOffset? At);
