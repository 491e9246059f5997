using System.ComponentModel.DataAnnotations;

namespace ServiceConsole.Web.Features.Contacts;

/// <param name="AgentCode">The agent who answered.</param>
/// <param name="At">When; the server's now when left out.</param>
public sealed record ContactAnswerRequest([Required] string? AgentCode, DateTimeOffset? At);
