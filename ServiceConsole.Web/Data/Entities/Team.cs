using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Data.Entities;

/// <summary>A team of agents serving one channel (online chat, phone or the outlet counter).</summary>
public sealed class Team
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public Channel Channel { get; set; }

    /// <summary>
    /// The login of the team's direct supervisor (直属主管): who first reviews a promotion application (PRM-03) and whose
    /// team attendance view lists this team. Null while no supervisor is assigned.
    /// </summary>
    public string? SupervisorUserName { get; set; }
}
