using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Complaints;

/// <summary><c>POST /api/v1/complaints/{id}/assign</c> (an addition): the new owner, an agent code or a specialist's login.</summary>
public sealed record ComplaintAssignRequest([Required] string? Assignee);
