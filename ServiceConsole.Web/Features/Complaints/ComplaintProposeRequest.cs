namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintProposeRequest(string? Kind, decimal? Amount, string? Note, DateTimeOffset? At);
