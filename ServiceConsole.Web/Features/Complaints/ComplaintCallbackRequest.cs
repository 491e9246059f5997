namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintCallbackRequest(bool? Satisfied, int? Satisfaction, string? Note, DateTimeOffset? At);
