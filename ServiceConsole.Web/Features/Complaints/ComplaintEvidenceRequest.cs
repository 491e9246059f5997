using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary><c>POST /api/v1/complaints/{id}/evidence</c> (an addition): a piece of the verification's evidence (CMP-04).</summary>
public sealed record ComplaintEvidenceRequest([Required, WireEnum<EvidenceKind>] string? Kind, string? Note, DateTimeOffset? At = null);
