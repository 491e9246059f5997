namespace ServiceConsole.Web.Features.Complaints;

/// <summary>The body of decline and accept: an optional note and time.</summary>
public sealed record ComplaintNoteRequest(string? Note, DateTimeOffset? At);
