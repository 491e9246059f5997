namespace ServiceConsole.Web.Features.Complaints;

public sealed record BreachResource(string RuleId, string Clock, DateTimeOffset DueAt, DateTimeOffset RecordedAt);
