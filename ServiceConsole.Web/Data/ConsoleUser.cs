using Microsoft.AspNetCore.Identity;

namespace ServiceConsole.Web.Data;

/// <summary>A personal console account (INF-06: never shared).</summary>
public sealed class ConsoleUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The agent this login works as, for the Agent role.</summary>
    public string? AgentCode { get; set; }
}
