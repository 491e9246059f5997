namespace ServiceConsole.Web.Live;

/// <summary>One accepted change, carrying the same resource shape the API returns.</summary>
/// <param name="AgentCode">The agent whose queue or tasks it touches, for per-agent delivery.</param>
/// <param name="PreviousAgentCode">The agent it was taken from, who must see it leave their queue.</param>
public sealed record ChangeEvent(ChangeKind Kind, object Payload, string? AgentCode = null, bool IsDrill = false, string? PreviousAgentCode = null);
