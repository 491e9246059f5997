using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary>The body of decline and accept: an optional note and time.</summary>
/// <param name="Note">Free text.</param>
/// <param name="At">When it happened; left out, now; at most ServiceConsole:FutureToleranceMinutes (5) minutes in the future.</param>
public sealed record ComplaintNoteRequest([StringLength(2000)] string? Note, DateTimeOffset? At);
