namespace ServiceConsole.Web.Api.Contracts;

public sealed record BreachResource(string RuleId, string Clock, DateTimeOffset DueAt, DateTimeOffset RecordedAt);
