using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Data.Entities;

/// <summary>A customer-service agent as the console routes to and measures them.</summary>
public sealed class Agent
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string TeamCode { get; set; }

    public Channel Channel { get; set; }

    public AgentStatus Status { get; set; } = AgentStatus.Available;

    public DateTimeOffset StatusSince { get; set; }

    /// <summary>When the agent last had no open contact; routing prefers the longest idle.</summary>
    public DateTimeOffset IdleSince { get; set; }
}
