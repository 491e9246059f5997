namespace ServiceConsole.Web.Api.Contracts;

public sealed record ComplaintCallbackRequest(bool? Satisfied, int? Satisfaction, string? Note, DateTimeOffset? At);
