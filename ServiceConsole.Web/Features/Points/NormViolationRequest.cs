namespace ServiceConsole.Web.Features.Points;

/// <summary>
/// <c>POST /api/v1/points/violations</c> (SVC-10): the agent who did not follow the service norms, the complaint it
/// caused (optional: without it the violation was seen directly) and the reason.
/// </summary>
public sealed record NormViolationRequest(string? AgentCode, Guid? ComplaintId, string? Reason);
