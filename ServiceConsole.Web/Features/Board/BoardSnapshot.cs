using ServiceConsole.Domain.Deadlines;

namespace ServiceConsole.Web.Features.Board;

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
    BoardTargets Targets,
    IReadOnlyList<BoardCallbackRow>? Callbacks = null,
    int OpenCallbacksTotal = 0,
    IReadOnlyList<BoardAlertRow>? Alerts = null,
    IReadOnlyList<BoardTrendPoint>? Trend = null)
{
    /// <summary>Open callbacks, soonest due first (at most the list limit).</summary>
    public IReadOnlyList<BoardCallbackRow> OpenCallbacks => Callbacks ?? [];

    /// <summary>Today's warnings and breaches, newest first.</summary>
    public IReadOnlyList<BoardAlertRow> RecentAlerts => Alerts ?? [];

    /// <summary>Today in slices (<see cref="BoardOptions.TrendSliceMinutes"/>), from the first slice with a contact to now.</summary>
    public IReadOnlyList<BoardTrendPoint> TodayTrend => Trend ?? [];

    /// <summary>An agent's display name by code; null for a code not on the roster.</summary>
    public string? AgentNameOf(string code) => Agents.FirstOrDefault(a => a.Code == code)?.Name;

    public static BoardSnapshot Empty(DateTimeOffset at, BoardTargets targets) =>
        new(at, [], [], [], 0, [], 0, [], new DailyBreaches(0, 0, 0, 0), targets);
}
