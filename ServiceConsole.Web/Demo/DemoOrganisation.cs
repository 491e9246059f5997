using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Demo;

/// <summary>The demo centre: five teams over three channels, each with its direct supervisor, and the named logins of the README.</summary>
public static class DemoOrganisation
{
    public sealed record TeamSpec(string Code, string Name, Channel Channel, int Agents, string Supervisor);

    public sealed record LoginSpec(string UserName, string DisplayName, string Role, string? AgentCode = null);

    public static readonly IReadOnlyList<TeamSpec> Teams =
    [
        new("ONL-1", "在线客服一组", Channel.Online, 8, "supervisor"),
        new("ONL-2", "在线客服二组", Channel.Online, 8, "supervisor"),
        new("PHN-1", "电话客服一组", Channel.Phone, 8, "supervisor"),
        new("PHN-2", "电话客服二组", Channel.Phone, 8, "supervisor2"),
        new("CTR-1", "网点柜台组", Channel.Offline, 10, "supervisor2"),
    ];

    public static readonly IReadOnlyList<LoginSpec> Logins =
    [
        new("supervisor", "周主管", Auth.Roles.Supervisor),
        new("supervisor2", "吴主管", Auth.Roles.Supervisor),
        new("agent", "A001", Auth.Roles.Agent, "A001"),
        new("coordinator", "郑协调", Auth.Roles.Coordinator),
        new("trainer", "冯培训", Auth.Roles.Trainer),
        new("specialist", "韩专员", Auth.Roles.ComplaintSpecialist),
        new("specialist2", "曹专员", Auth.Roles.ComplaintSpecialist),
        new("hr", "邓人事", Auth.Roles.HR),
        new("admin", "系统管理员", Auth.Roles.Admin),
        new("supervision", "秦监察", Auth.Roles.Supervision),
    ];

    public static int AgentCount => Teams.Sum(t => t.Agents);
}
