namespace ServiceConsole.Domain.Points;

/// <summary>Whose points a ledger entry moves: an agent (by agent code) or a courier (by the name verification recorded).</summary>
public enum PointsSubject
{
    Agent,
    Courier
}
