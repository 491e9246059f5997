namespace ServiceConsole.Domain.Scripts;

/// <summary>
/// Where a checklist stands: every step in the order the agent asks them, which are still missing,
/// and the prohibited entry an item type matched (the sending must then be refused).
/// </summary>
public sealed record ChecklistResult(IReadOnlyList<ChecklistStep> Steps, IReadOnlyList<ChecklistStep> Missing, string? ProhibitedMatch = null)
{
    public bool IsComplete => Missing.Count == 0;

    public bool IsProhibited => ProhibitedMatch is not null;

    public bool IsDone(ChecklistStep step) => Steps.Contains(step) && !Missing.Contains(step);
}
