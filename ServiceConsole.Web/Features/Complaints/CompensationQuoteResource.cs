namespace ServiceConsole.Web.Features.Complaints;

public sealed record CompensationQuoteResource(string Kind, decimal Amount, string RuleId);
