using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Common;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Demo;

/// <summary>
/// Who acts in the demo, as the console would see them signed in: an agent by their login (or, without one, by their
/// agent code, which the staff directory names), a complaint specialist by their login. Never a made-up actor, so
/// every history line and evidence entry shows a person's name.
/// </summary>
public sealed class DemoStaff
{
    private readonly HashSet<string> _agents;
    private readonly Dictionary<string, string> _loginOfAgent;

    private DemoStaff(HashSet<string> agents, Dictionary<string, string> loginOfAgent) => (_agents, _loginOfAgent) = (agents, loginOfAgent);

    public static async Task<DemoStaff> LoadAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agents = await db.Agents.AsNoTracking().Select(a => a.Code).ToListAsync(cancellationToken);
        var logins = await db.Users.AsNoTracking()
            .Where(u => u.AgentCode != null && u.UserName != null)
            .Select(u => new { u.AgentCode, u.UserName })
            .ToListAsync(cancellationToken);
        return new DemoStaff(
            new HashSet<string>(agents, StringComparer.Ordinal),
            logins.GroupBy(l => l.AgentCode!).ToDictionary(g => g.Key, g => g.First().UserName!, StringComparer.Ordinal));
    }

    /// <summary>An agent at work: acts only on their own contacts and complaints, as a signed-in agent does (INF-05).</summary>
    public Actor Agent(string agentCode) => new(_loginOfAgent.GetValueOrDefault(agentCode, agentCode), agentCode, ActsOnlyAsAgent: true);

    /// <summary>The owner of a complaint: an agent (by code) or a complaint specialist (by login).</summary>
    public Actor Owner(string assignee) => _agents.Contains(assignee) ? Agent(assignee) : new Actor(assignee, null, ActsOnlyAsAgent: false);
}
