using ServiceConsole.Domain.Agents;

namespace ServiceConsole.Web.Features.Board;

/// <summary>A supervisor's request to set an agent's status.</summary>
public sealed record AgentStatusChange(BoardAgentRow Agent, AgentStatus Status);
