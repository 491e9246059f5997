using System.ComponentModel.DataAnnotations;
using ServiceConsole.Domain.Points;

namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// <c>POST /api/v1/points/violations</c> (SVC-10): the agent who did not follow the service norms, the complaint it
/// caused (optional: without it the violation was seen directly) and the reason.
/// </summary>
/// <param name="AgentCode">The agent's code (an existing agent).</param>
/// <param name="ComplaintId">The complaint the violation caused; left out for a violation seen directly.</param>
/// <param name="Reason">What the agent did, free text.</param>
public sealed record NormViolationRequest(
    [Required, StringLength(NormViolation.MaxCodeLength)] string? AgentCode,
    Guid? ComplaintId,
    [Required, StringLength(NormViolation.MaxReasonLength)] string? Reason);
