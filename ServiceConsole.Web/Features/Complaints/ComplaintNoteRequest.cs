namespace ServiceConsole.Web.Api.Contracts;

/// <summary>The body of decline and accept: an optional note and time.</summary>
public sealed record ComplaintNoteRequest(string? Note, DateTimeOffset? At);
