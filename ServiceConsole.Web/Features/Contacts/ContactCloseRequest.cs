namespace ServiceConsole.Web.Api.Contracts;

public sealed record ContactCloseRequest(DateTimeOffset? At, bool? Resolved, int? Satisfaction);
