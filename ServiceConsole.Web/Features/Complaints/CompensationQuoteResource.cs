namespace ServiceConsole.Web.Api.Contracts;

public sealed record CompensationQuoteResource(string Kind, decimal Amount, string RuleId);
