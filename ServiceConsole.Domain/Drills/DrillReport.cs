using ServiceConsole.Domain.Deadlines;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Domain.Drills;

/// <summary>
/// EMG-05: how a drill went: who responded and how fast, which clocks would have been missed,
/// which tasks were late. A value computed from <see cref="DrillFacts"/>, not an entity: store it
/// as JSON with the drill, or rebuild it, the facts do not change once the drill has ended.
/// Only what happened between the start and the end counts.
/// </summary>
public sealed record DrillReport(
    EmergencyMode Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<DrillResponder> Responders,
    IReadOnlyList<DrillClockResult> Clocks,
    IReadOnlyList<DrillTask> LateTasks,
    int TasksTotal,
    int TasksDone)
{
    public TimeSpan Duration => EndedAt - StartedAt;

    /// <summary>Expected responders who did nothing during the drill.</summary>
    public IReadOnlyList<string> NonResponders => [.. Responders.Where(r => r.Expected && !r.Responded).Select(r => r.Code)];

    /// <summary>The clocks that would have been missed in a real emergency.</summary>
    public IReadOnlyList<DrillClockResult> MissedClocks => [.. Clocks.Where(c => c.Outcome == ClockOutcome.Missed)];

    public static DrillReport Build(DrillFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.EndedAt < facts.StartedAt)
        {
            throw new ArgumentException("A drill cannot end before it starts.", nameof(facts));
        }

        var inDrill = facts.Log.Select(DrillAction.FromLog).OfType<DrillAction>()
            .Concat(facts.Actions)
            .Concat(facts.Tasks.Where(t => t.Responder is not null).Select(t => new DrillAction(t.Responder!, t.DoneAt!.Value, t.What)))
            .Where(a => !string.IsNullOrWhiteSpace(a.Actor) && a.At >= facts.StartedAt && a.At <= facts.EndedAt)
            .ToList();

        var expected = new HashSet<string>(facts.ExpectedResponders.Where(c => !string.IsNullOrWhiteSpace(c)), StringComparer.OrdinalIgnoreCase);
        var acted = inDrill.GroupBy(a => a.Actor, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key, g => (First: g.Min(a => a.At), Count: g.Count()), StringComparer.OrdinalIgnoreCase);

        var responders = expected.Concat(acted.Keys.Where(k => !expected.Contains(k)))
            .Select(code => acted.TryGetValue(code, out var a)
                ? new DrillResponder(code, expected.Contains(code), a.First, a.First - facts.StartedAt, a.Count)
                : new DrillResponder(code, true, null, null, 0))
            .OrderBy(r => r.FirstResponseAt ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        var clocks = facts.Clocks
            .Select(c => new DrillClockResult(c.Name, c.RuleId, c.DueAt, c.MetAt, c.OutcomeAt(facts.EndedAt)))
            .ToList();

        return new DrillReport(
            facts.Mode,
            facts.StartedAt,
            facts.EndedAt,
            responders,
            clocks,
            [.. facts.Tasks.Where(t => t.IsLate(facts.EndedAt))],
            facts.Tasks.Count,
            facts.Tasks.Count(t => t.DoneAt is { } done && done <= facts.EndedAt));
    }
}
