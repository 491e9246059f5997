using Microsoft.AspNetCore.Identity;

namespace ServiceConsole.Web.Data;

/// <summary>A personal console account (INF-06: never shared).</summary>
public sealed class ConsoleUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The agent this login works as, for the Agent role.</summary>
    public string? AgentCode { get; set; }

    /// <summary>
    /// INF-06: when the password was last set; it expires <c>Policy:Information:PasswordExpiryDays</c> later. Null (an
    /// account from before the column existed) counts as expired, so its owner chooses a new one at the next sign-in.
    /// </summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>
    /// Disabled by the admin (Users: lockout without end and a new stamp): it cannot sign in, and its sessions end at their
    /// next check (INF-06).
    /// </summary>
    public bool IsDisabled => LockoutEnabled && LockoutEnd == DateTimeOffset.MaxValue;
}
