namespace ServiceConsole.Web.Api.Contracts;

public sealed record ComplaintProposeRequest(string? Kind, decimal? Amount, string? Note, DateTimeOffset? At);
