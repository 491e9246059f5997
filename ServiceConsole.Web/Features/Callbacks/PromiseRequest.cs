using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Callbacks;

/// <summary>Body of <c>POST /api/v1/contacts/{id}/promise</c>: the agent who promised the callback (SVC-05).</summary>
public sealed record PromiseRequest([Required] string? AgentCode);
