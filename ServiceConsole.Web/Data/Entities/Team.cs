using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Data.Entities;

/// <summary>A team of agents serving one channel (online chat, phone or the outlet counter).</summary>
public sealed class Team
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public Channel Channel { get; set; }
}
