namespace ServiceConsole.Web.Features.Contacts;

public sealed record ContactCloseRequest(DateTimeOffset? At, bool? Resolved, int? Satisfaction);
