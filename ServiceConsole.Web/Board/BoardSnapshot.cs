using ServiceConsole.Domain.Board;

namespace ServiceConsole.Web.Board;

/// <summary>Everything one board shows, built once for all open boards and never changed afterwards.</summary>
public sealed record BoardSnapshot(
    DateTimeOffset BuiltAt,
    IReadOnlyList<BoardTeam> Teams,
    IReadOnlyList<BoardAgentRow> Agents,
    IReadOnlyList<BoardContactRow> Waiting,
    int WaitingTotal,
    IReadOnlyList<BoardComplaintRow> Complaints,
    int OpenComplaintsTotal,
    IReadOnlyList<BoardEmergency> Emergencies,
    DailyBreaches Breaches,
    BoardTargets Targets)
{
    public static BoardSnapshot Empty(DateTimeOffset at, BoardTargets targets) =>
        new(at, [], [], [], 0, [], 0, [], new DailyBreaches(0, 0, 0, 0), targets);
}
