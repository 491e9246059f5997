using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary><c>POST /api/v1/callbacks/{id}/complete</c> (an addition): what the customer was told.</summary>
/// <param name="Note">What the customer was told, free text.</param>
public sealed record CallbackCompleteRequest([StringLength(2000)] string? Note);
