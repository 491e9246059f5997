namespace ServiceConsole.Web.Features.Board;

/// <summary>A supervisor's request to move a waiting contact to another agent.</summary>
public sealed record ContactMove(BoardContactRow Contact, string ToAgentCode);
