namespace ServiceConsole.Web.Features.Complaints;

/// <summary><c>POST /api/v1/complaints/{id}/evidence</c> (an addition): a piece of the verification's evidence (CMP-04).</summary>
public sealed record ComplaintEvidenceRequest(string? Kind, string? Note, DateTimeOffset? At = null);
