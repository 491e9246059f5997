namespace ServiceConsole.Domain.Agents;

/// <summary>An agent's availability as routing sees it.</summary>
public enum AgentStatus
{
    Available,
    OnContact,
    AfterContact,
    Away,
    InTraining,
    Suspended
}
