using ServiceConsole.Domain;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// The board's filters by team, channel and severity (wire names; empty means all). Applied to every
/// new snapshot, so a filter outlives the live updates.
/// </summary>
public sealed record BoardFilter(string Team = "", string Channel = "", string Severity = "")
{
    public IEnumerable<BoardTeam> Teams(BoardSnapshot snapshot) =>
        snapshot.Teams.Where(t => (Team.Length == 0 || t.Code == Team) && MatchesChannel(t.Channel));

    public IEnumerable<BoardAgentRow> Agents(BoardSnapshot snapshot) =>
        snapshot.Agents.Where(a => (Team.Length == 0 || a.TeamCode == Team) && MatchesChannel(a.Channel));

    public IEnumerable<BoardContactRow> Waiting(BoardSnapshot snapshot)
    {
        var teamChannel = Team.Length == 0 ? null : snapshot.Teams.FirstOrDefault(t => t.Code == Team)?.Channel;
        var teamAgents = Team.Length == 0
            ? null
            : snapshot.Agents.Where(a => a.TeamCode == Team).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        return snapshot.Waiting.Where(c => MatchesChannel(c.Channel)
            && (teamAgents is null || (c.AgentCode is { } code ? teamAgents.Contains(code) : c.Channel == teamChannel)));
    }

    public IEnumerable<BoardComplaintRow> Complaints(BoardSnapshot snapshot) =>
        snapshot.Complaints.Where(c => MatchesChannel(c.Channel)
            && (Severity.Length == 0 || WireNames.ToWire(c.Severity) == Severity));

    private bool MatchesChannel(Channel channel) => Channel.Length == 0 || WireNames.ToWire(channel) == Channel;
}
