namespace ServiceConsole.Web.Features.Callbacks;

/// <summary><c>POST /api/v1/callbacks/{id}/complete</c> (an addition): what the customer was told.</summary>
public sealed record CallbackCompleteRequest(string? Note);
